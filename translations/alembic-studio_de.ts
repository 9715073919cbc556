<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Migrations::DatabaseCopy</name>
    <message>
        <location filename="../migrations/databasecopy.cpp" line="33"/>
        <source>Only a SQLite database file can be copied aside.</source>
        <translation>Nur eine SQLite-Datenbankdatei kann beiseitekopiert werden.</translation>
    </message>
    <message>
        <location filename="../migrations/databasecopy.cpp" line="48"/>
        <source>Cannot copy %1 to %2: %3.</source>
        <translation>%1 kann nicht nach %2 kopiert werden: %3.</translation>
    </message>
    <message>
        <location filename="../migrations/databasecopy.cpp" line="65"/>
        <source>Cannot move %1 aside to put the copy back.</source>
        <translation>%1 kann nicht beiseitegeschoben werden, um die Kopie zurückzulegen.</translation>
    </message>
    <message>
        <location filename="../migrations/databasecopy.cpp" line="69"/>
        <source>Cannot move %1 back to %2.</source>
        <translation>%1 kann nicht zurück nach %2 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>Migrations::DestructiveChange</name>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="98"/>
        <source>%1: a smaller integer, large values no longer fit</source>
        <translation>%1: ein kleinerer Ganzzahltyp, große Werte passen nicht mehr</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="100"/>
        <source>%1: shorter, longer values are cut or refused</source>
        <translation>%1: kürzer, längere Werte werden abgeschnitten oder abgelehnt</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="102"/>
        <source>%1: fewer digits, values are rounded or refused</source>
        <translation>%1: weniger Stellen, Werte werden gerundet oder abgelehnt</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="104"/>
        <source>%1: less precision, values are rounded</source>
        <translation>%1: geringere Genauigkeit, Werte werden gerundet</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="105"/>
        <source>%1: the time of day is lost</source>
        <translation>%1: die Uhrzeit geht verloren</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="120"/>
        <source>%1: another kind of value, existing values may not convert</source>
        <translation>%1: eine andere Art von Wert, vorhandene Werte lassen sich eventuell nicht umwandeln</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="189"/>
        <source>Drops the table %1 and every row in it.</source>
        <translation>Löscht die Tabelle %1 mit allen ihren Zeilen.</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="195"/>
        <source>Drops the column %1.%2 and its value in every row.</source>
        <translation>Löscht die Spalte %1.%2 und ihren Wert in jeder Zeile.</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="204"/>
        <source>Adds %1.%2 as NOT NULL with no server default: it fails if the table has rows.</source>
        <translation>Fügt %1.%2 als NOT NULL ohne Server-Default hinzu: Das schlägt fehl, wenn die Tabelle Zeilen hat.</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="220"/>
        <source>Makes %1.%2 NOT NULL: it fails if any row holds NULL there (a server default does not fill them).</source>
        <translation>Macht %1.%2 zu NOT NULL: Das schlägt fehl, wenn eine Zeile dort NULL enthält (ein Server-Default füllt sie nicht).</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="232"/>
        <source>Changes the type of %1.%2 to %3; its type before is not known here, so values may not convert.</source>
        <translation>Ändert den Typ von %1.%2 zu %3; der vorherige Typ ist hier nicht bekannt, Werte lassen sich also eventuell nicht umwandeln.</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="242"/>
        <source>Changes %1.%2, %3.</source>
        <translation>Ändert %1.%2, %3.</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="249"/>
        <source>Runs SQL the review cannot check: %1</source>
        <translation>Führt SQL aus, das die Prüfung nicht kontrollieren kann: %1</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="286"/>
        <source>%1() cannot be reviewed here (%2): %3</source>
        <translation>%1() kann hier nicht geprüft werden (%2): %3</translation>
    </message>
    <message>
        <location filename="../migrations/affectedrows.cpp" line="52"/>
        <source>table not there yet</source>
        <translation>Tabelle noch nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../migrations/affectedrows.cpp" line="57"/>
        <source>column not there yet</source>
        <translation>Spalte noch nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../migrations/affectedrows.cpp" line="69"/>
        <source>could not count: %1</source>
        <translation>konnte nicht gezählt werden: %1</translation>
    </message>
</context>
<context>
    <name>Migrations::ProjectLoad</name>
    <message>
        <location filename="../migrations/projectload.cpp" line="27"/>
        <source>This folder holds neither an alembic.ini nor a pyproject.toml.</source>
        <translation>Dieser Ordner enthält weder eine alembic.ini noch eine pyproject.toml.</translation>
    </message>
    <message>
        <location filename="../migrations/projectload.cpp" line="35"/>
        <source>There is no such file or folder.</source>
        <translation>Diese Datei oder dieser Ordner existiert nicht.</translation>
    </message>
    <message>
        <location filename="../migrations/projectload.cpp" line="49"/>
        <source>An Alembic project is opened from its alembic.ini, its pyproject.toml or their folder.</source>
        <translation>Ein Alembic-Projekt wird über seine alembic.ini, seine pyproject.toml oder deren Ordner geöffnet.</translation>
    </message>
</context>
<context>
    <name>Migrations::RevisionCreation</name>
    <message>
        <location filename="../migrations/revisioncreation.cpp" line="132"/>
        <source>Alembic Studio does not autogenerate revisions (it would run env.py against a database); run `alembic revision --autogenerate`</source>
        <translation>Alembic Studio erzeugt keine Revisionen automatisch (dafür müsste env.py gegen eine Datenbank laufen); führen Sie `alembic revision --autogenerate` aus</translation>
    </message>
    <message>
        <location filename="../migrations/revisioncreation.cpp" line="135"/>
        <source>revision_environment is set: Alembic would run env.py to write this revision, which Alembic Studio does not; run `alembic %1`</source>
        <translation>revision_environment ist gesetzt: Alembic würde env.py ausführen, um diese Revision zu schreiben, was Alembic Studio nicht tut; führen Sie `alembic %1` aus</translation>
    </message>
    <message>
        <location filename="../migrations/revisioncreation.cpp" line="185"/>
        <source>Alembic Studio does not merge with base</source>
        <translation>Alembic Studio führt nicht mit base zusammen</translation>
    </message>
    <message>
        <location filename="../migrations/revisioncreation.cpp" line="339"/>
        <source>post_write_hooks (%1) are configured: Alembic would run them on the new file, which Alembic Studio does not; run `alembic %2`</source>
        <translation>post_write_hooks (%1) sind konfiguriert: Alembic würde sie auf die neue Datei anwenden, was Alembic Studio nicht tut; führen Sie `alembic %2` aus</translation>
    </message>
</context>
<context>
    <name>Migrations::RevisionReview</name>
    <message>
        <location filename="../migrations/revisionreview.cpp" line="63"/>
        <source>the command failed (exit %1)</source>
        <translation>der Befehl ist fehlgeschlagen (Exit-Code %1)</translation>
    </message>
    <message>
        <location filename="../migrations/revisionreview.cpp" line="109"/>
        <source>upgrade to %1 from the heads %2 (no single alembic command starts there)</source>
        <translation>Upgrade auf %1 von den Heads %2 (kein einzelner alembic-Befehl beginnt dort)</translation>
    </message>
    <message>
        <location filename="../migrations/revisionreview.cpp" line="111"/>
        <source>downgrade to %1 from the heads %2 (no single alembic command starts there)</source>
        <translation>Downgrade auf %1 von den Heads %2 (kein einzelner alembic-Befehl beginnt dort)</translation>
    </message>
    <message>
        <location filename="../migrations/revisionreview.cpp" line="146"/>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <location filename="../migrations/revisionreview.cpp" line="147"/>
        <source>Revision %1: %2</source>
        <translation>Revision %1: %2</translation>
    </message>
    <message>
        <location filename="../migrations/revisionreview.cpp" line="195"/>
        <source>No revision %1.</source>
        <translation>Keine Revision %1.</translation>
    </message>
    <message>
        <location filename="../migrations/revisionreview.cpp" line="250"/>
        <source>A plan runs one way; the way back is the plan to %1, reviewed on its own.</source>
        <translation>Ein Plan läuft in eine Richtung; der Rückweg ist der Plan nach %1, der für sich geprüft wird.</translation>
    </message>
    <message>
        <location filename="../migrations/revisionreview.cpp" line="255"/>
        <source>Plan: stamp %1 from %2</source>
        <translation>Plan: Stamp %1 von %2</translation>
    </message>
    <message>
        <location filename="../migrations/revisionreview.cpp" line="263"/>
        <source>A stamp runs no migration: only the version table changes.</source>
        <translation>Ein Stamp führt keine Migration aus: Nur die Versionstabelle ändert sich.</translation>
    </message>
    <message>
        <location filename="../migrations/revisionreview.cpp" line="267"/>
        <source>Plan: upgrade to %1 from %2</source>
        <translation>Plan: Upgrade auf %1 von %2</translation>
    </message>
    <message>
        <location filename="../migrations/revisionreview.cpp" line="268"/>
        <source>Plan: downgrade to %1 from %2</source>
        <translation>Plan: Downgrade auf %1 von %2</translation>
    </message>
</context>
<context>
    <name>Migrations::SchemaDiff</name>
    <message>
        <location filename="../migrations/schemadiff.cpp" line="48"/>
        <source>-- %1 cannot be written for %2: %3
</source>
        <translation>-- %1 kann für %2 nicht geschrieben werden: %3
</translation>
    </message>
</context>
<context>
    <name>Migrations::ScriptTemplate</name>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="110"/>
        <source>Alembic Studio cannot render a line that starts with `%%`</source>
        <translation>Alembic Studio kann keine Zeile rendern, die mit `%%` beginnt</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="126"/>
        <source>`%1` is never closed</source>
        <translation>`%1` wird nie geschlossen</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="142"/>
        <source>Alembic Studio cannot render Mako&apos;s `%1` tags</source>
        <translation>Alembic Studio kann Makos `%1`-Tags nicht rendern</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="153"/>
        <source>`%% %1` is never closed</source>
        <translation>`%% %1` wird nie geschlossen</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="176"/>
        <source>Alembic Studio cannot read the string at line %1</source>
        <translation>Alembic Studio kann die Zeichenkette in Zeile %1 nicht lesen</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="193"/>
        <source>this Mako construct is never closed</source>
        <translation>dieses Mako-Konstrukt wird nie geschlossen</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="213"/>
        <source>Alembic Studio cannot render `${%1}`: it knows the filters n, str, trim and comma only</source>
        <translation>Alembic Studio kann `${%1}` nicht rendern: Es kennt nur die Filter n, str, trim und comma</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="226"/>
        <source>Alembic Studio cannot render Mako&apos;s `&lt;%%%1` tags</source>
        <translation>Alembic Studio kann Makos `&lt;%%%1`-Tags nicht rendern</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="238"/>
        <source>Alembic Studio cannot render `%1`: of module-level code it runs `import re` only</source>
        <translation>Alembic Studio kann `%1` nicht rendern: Von Code auf Modulebene führt es nur `import re` aus</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="246"/>
        <source>Alembic Studio cannot render `%1`: of Python blocks it runs `name = expression` only</source>
        <translation>Alembic Studio kann `%1` nicht rendern: Von Python-Blöcken führt es nur `name = expression` aus</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="264"/>
        <source>`%% end%1` closes nothing Alembic Studio opened</source>
        <translation>`%% end%1` schließt nichts, was Alembic Studio geöffnet hat</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="270"/>
        <source>control lines nest too deeply</source>
        <translation>Steuerzeilen sind zu tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="272"/>
        <location filename="../migrations/scripttemplate.cpp" line="291"/>
        <source>Alembic Studio cannot render the control line `%% %1`</source>
        <translation>Alembic Studio kann die Steuerzeile `%% %1` nicht rendern</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="279"/>
        <source>Alembic Studio cannot render `%% %1`: it loops over one name only</source>
        <translation>Alembic Studio kann `%% %1` nicht rendern: Es iteriert nur über einen Namen</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="295"/>
        <source>`%% %1` after `%% else`</source>
        <translation>`%% %1` nach `%% else`</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="299"/>
        <source>Alembic Studio cannot render the control line `%% %1`: it knows if, elif, else and for</source>
        <translation>Alembic Studio kann die Steuerzeile `%% %1` nicht rendern: Es kennt if, elif, else und for</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="341"/>
        <source>`%% for %1 in …` loops over something that is not a sequence</source>
        <translation>`%% for %1 in …` iteriert über etwas, das keine Sequenz ist</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="379"/>
        <source>`%1` does not give a string</source>
        <translation>`%1` ergibt keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="391"/>
        <source>Alembic Studio cannot render `%1` used as a value</source>
        <translation>Alembic Studio kann `%1` nicht als Wert rendern</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="398"/>
        <source>%1() is given something that is not a string, on which Python fails</source>
        <translation>%1() erhält etwas, das keine Zeichenkette ist, woran Python scheitert</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="428"/>
        <source>Alembic Studio cannot compare `%1`, which Alembic does not pass</source>
        <translation>Alembic Studio kann `%1` nicht vergleichen, da Alembic es nicht übergibt</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="437"/>
        <source>Alembic Studio renders `is` against None only</source>
        <translation>Alembic Studio rendert `is` nur gegen None</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="444"/>
        <source>%1() takes one argument here</source>
        <translation>%1() nimmt hier ein Argument</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="464"/>
        <source>context.get() takes a name and a default</source>
        <translation>context.get() nimmt einen Namen und einen Standardwert</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="473"/>
        <source>config.get_main_option() takes a name and a default</source>
        <translation>config.get_main_option() nimmt einen Namen und einen Standardwert</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="475"/>
        <source>config.get_main_option() needs an alembic.ini, and this project has none</source>
        <translation>config.get_main_option() braucht eine alembic.ini, und dieses Projekt hat keine</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="482"/>
        <source>`re` is used without `&lt;%%! import re %%&gt;`</source>
        <translation>`re` wird ohne `&lt;%%! import re %%&gt;` verwendet</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="484"/>
        <source>Alembic Studio renders re.split(pattern, string) only</source>
        <translation>Alembic Studio rendert nur re.split(pattern, string)</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="489"/>
        <source>Alembic Studio cannot split with the pattern %1</source>
        <translation>Alembic Studio kann nicht mit dem Muster %1 aufteilen</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="497"/>
        <source>Alembic Studio cannot split with a pattern that matches nothing</source>
        <translation>Alembic Studio kann nicht mit einem Muster aufteilen, das nichts trifft</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="509"/>
        <source>Alembic Studio renders `&quot;…%%s…&quot; %% value` with one value only</source>
        <translation>Alembic Studio rendert `&quot;…%%s…&quot; %% value` nur mit einem einzigen Wert</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="525"/>
        <location filename="../migrations/scripttemplate.cpp" line="529"/>
        <source>Alembic Studio renders %%s and %%r with one value only</source>
        <translation>Alembic Studio rendert %%s und %%r nur mit einem einzigen Wert</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="548"/>
        <source>the template declares the encoding %1; Alembic Studio reads templates as UTF-8</source>
        <translation>die Vorlage deklariert die Kodierung %1; Alembic Studio liest Vorlagen als UTF-8</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="560"/>
        <source>%1 line %2: %3 (Alembic Studio renders only what the templates of `alembic init` use)</source>
        <translation>%1 Zeile %2: %3 (Alembic Studio rendert nur, was die Vorlagen von `alembic init` verwenden)</translation>
    </message>
    <message>
        <location filename="../migrations/templateexpression.cpp" line="107"/>
        <source>Alembic Studio cannot render `%1`</source>
        <translation>Alembic Studio kann `%1` nicht rendern</translation>
    </message>
    <message>
        <location filename="../migrations/templateexpression.cpp" line="116"/>
        <source>`%1` is too long</source>
        <translation>`%1` ist zu lang</translation>
    </message>
    <message>
        <location filename="../migrations/templateexpression.cpp" line="196"/>
        <location filename="../migrations/templateexpression.cpp" line="228"/>
        <source>`%1` nests too deeply</source>
        <translation>`%1` ist zu tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../migrations/templateexpression.cpp" line="352"/>
        <source>`%1` names something Alembic does not pass to the template: Mako would fail to print it</source>
        <translation>`%1` benennt etwas, das Alembic der Vorlage nicht übergibt: Mako würde an der Ausgabe scheitern</translation>
    </message>
    <message>
        <location filename="../migrations/templateexpression.cpp" line="382"/>
        <source>comma() of `%1` joins something that is not a string</source>
        <translation>comma() von `%1` verbindet etwas, das keine Zeichenkette ist</translation>
    </message>
    <message>
        <location filename="../migrations/templateexpression.cpp" line="387"/>
        <source>comma() cannot format `%1`</source>
        <translation>comma() kann `%1` nicht formatieren</translation>
    </message>
</context>
<context>
    <name>Migrations::TextFile</name>
    <message>
        <location filename="../migrations/textfile.cpp" line="134"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../migrations/textfile.cpp" line="146"/>
        <source>Cannot read %1: it is not UTF-8 text (invalid byte at offset %2)</source>
        <translation>%1 kann nicht gelesen werden: Das ist kein UTF-8-Text (ungültiges Byte an Position %2)</translation>
    </message>
    <message>
        <location filename="../migrations/textfile.cpp" line="159"/>
        <location filename="../migrations/textfile.cpp" line="167"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Studio::ConnectionChooser</name>
    <message>
        <location filename="../ui/connectionchooser.cpp" line="24"/>
        <source>The database the project is run against</source>
        <translation>Die Datenbank, gegen die das Projekt läuft</translation>
    </message>
    <message>
        <location filename="../ui/connectionchooser.cpp" line="53"/>
        <source>%1 (protected)</source>
        <translation>%1 (geschützt)</translation>
    </message>
    <message>
        <location filename="../ui/connectionchooser.cpp" line="60"/>
        <source>Manage Connections…</source>
        <translation>Verbindungen verwalten…</translation>
    </message>
</context>
<context>
    <name>Studio::ConnectionEditor</name>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="55"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="104"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="110"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="114"/>
        <source>app.db (relative to the project&apos;s folder), or an absolute path</source>
        <translation>app.db (relativ zum Projektordner) oder ein absoluter Pfad</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="116"/>
        <source>&amp;File:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="120"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="123"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="124"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="126"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="129"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="130"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="134"/>
        <source>Data&amp;base name:</source>
        <translation>Datenbankn&amp;ame:</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="138"/>
        <source>The SQLAlchemy URL, as in alembic.ini&apos;s sqlalchemy.url. A password typed here is moved to the password field.</source>
        <translation>Die SQLAlchemy-URL wie sqlalchemy.url in der alembic.ini. Ein hier eingegebenes Passwort wird in das Passwortfeld verschoben.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="140"/>
        <source>UR&amp;L:</source>
        <translation>UR&amp;L:</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="146"/>
        <source>None: steps only Python can run are refused</source>
        <translation>Keiner: Python-Schritte werden abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="147"/>
        <source>The Python that runs the steps Alembic Studio cannot run natively. It needs Alembic and the database&apos;s driver.</source>
        <translation>Das Python, das die Schritte ausführt, die Alembic Studio nicht selbst ausführen kann. Es braucht Alembic und den Treiber der Datenbank.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="149"/>
        <source>P&amp;ython:</source>
        <translation>P&amp;ython:</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="151"/>
        <source>&amp;Protected: a shared or production database</source>
        <translation>Ge&amp;schützt: eine gemeinsam genutzte oder Produktionsdatenbank</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="153"/>
        <source>Reset is disabled on a protected database, and runs ask for a stronger confirmation.</source>
        <translation>Zurücksetzen ist bei einer geschützten Datenbank deaktiviert, und Läufe verlangen eine stärkere Bestätigung.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="160"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="202"/>
        <source>No system keychain is available (%1): the password is kept until Alembic Studio quits.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1): Das Passwort wird aufbewahrt, bis Alembic Studio beendet wird.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="385"/>
        <source>Enter a URL or fill in the fields.</source>
        <translation>Geben Sie eine URL ein oder füllen Sie die Felder aus.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="413"/>
        <source>SQLite Database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="414"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="424"/>
        <source>Python Interpreter</source>
        <translation>Python-Interpreter</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="458"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="469"/>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="469"/>
        <source>Connected: %1.</source>
        <translation>Verbunden: %1.</translation>
    </message>
</context>
<context>
    <name>Studio::ConnectionProfile</name>
    <message>
        <location filename="../ui/connectionprofile.cpp" line="50"/>
        <source>Scribes sample (SQLite)</source>
        <translation>Scribes-Beispiel (SQLite)</translation>
    </message>
</context>
<context>
    <name>Studio::ConnectionProfileModel</name>
    <message>
        <location filename="../ui/connectionprofile.cpp" line="146"/>
        <source>%1 (protected)</source>
        <translation>%1 (geschützt)</translation>
    </message>
    <message>
        <location filename="../ui/connectionprofile.cpp" line="258"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Studio::ConnectionResolver</name>
    <message>
        <location filename="../ui/connectionresolver.cpp" line="28"/>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionresolver.cpp" line="34"/>
        <source>Enter the password of user &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt; (connection “%3”).</source>
        <translation>Geben Sie das Passwort des Benutzers &lt;b&gt;%1&lt;/b&gt; auf &lt;b&gt;%2&lt;/b&gt; ein (Verbindung „%3“).</translation>
    </message>
    <message>
        <location filename="../ui/connectionresolver.cpp" line="52"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/connectionresolver.cpp" line="55"/>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <location filename="../ui/connectionresolver.cpp" line="61"/>
        <source>No system keychain is available: the password is kept until Alembic Studio quits, and asked again next time.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Das Passwort wird aufbewahrt, bis Alembic Studio beendet wird, und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <location filename="../ui/connectionresolver.cpp" line="154"/>
        <source>The connection “%1” cannot be used: %2</source>
        <translation>Die Verbindung „%1“ kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>Studio::ConnectionsDialog</name>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="27"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="39"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="41"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="43"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="116"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="126"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="147"/>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="148"/>
        <source>Remove the connection “%1”? Its password is removed from the keychain too; the database itself is not touched.</source>
        <translation>Die Verbindung „%1“ entfernen? Ihr Passwort wird auch aus dem Schlüsselbund entfernt; die Datenbank selbst bleibt unberührt.</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="153"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Studio::FindBar</name>
    <message>
        <location filename="../ui/findbar.cpp" line="20"/>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="22"/>
        <source>Find in the script</source>
        <translation>Im Skript suchen</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="25"/>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="26"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="28"/>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="29"/>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="32"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="127"/>
        <source>Not found in the script</source>
        <translation>Im Skript nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Studio::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <location filename="../ui/mainwindow.cpp" line="152"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>SQL File</source>
        <translation>SQL-Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>Open an .sql file (File ▸ Open File) to read it here.</source>
        <translation>Öffnen Sie eine .sql-Datei (Datei ▸ Datei öffnen), um sie hier zu lesen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>Open &amp;Project…</source>
        <translation>&amp;Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>Open an Alembic project: its alembic.ini, pyproject.toml or folder</source>
        <translation>Ein Alembic-Projekt öffnen: seine alembic.ini, pyproject.toml oder seinen Ordner</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Open &amp;Sample Project</source>
        <translation>B&amp;eispielprojekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>Open the Scribes backend sample on a local SQLite database</source>
        <translation>Das Scribes-Backend-Beispiel mit einer lokalen SQLite-Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>&amp;Reload Project</source>
        <translation>Projekt &amp;neu laden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <source>Open &amp;File…</source>
        <translation>&amp;Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>Open a revision script or an SQL file</source>
        <translation>Ein Revisionsskript oder eine SQL-Datei öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>Save the revision script</source>
        <translation>Das Revisionsskript speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>&amp;Find in Script…</source>
        <translation>Im Skript &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>Select &amp;All</source>
        <translation>A&amp;lles auswählen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>&amp;Revision</source>
        <translation>&amp;Revision</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270"/>
        <source>&amp;Database</source>
        <translation>Date&amp;nbank</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>&amp;Color Scheme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="292"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="293"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>Show the welcome again: what Alembic Studio is for</source>
        <translation>Die Begrüßung wieder zeigen: wofür Alembic Studio da ist</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="299"/>
        <source>&amp;About Alembic Studio</source>
        <translation>Ü&amp;ber Alembic Studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="301"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="307"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="325"/>
        <location filename="../ui/mainwindow.cpp" line="327"/>
        <source>Ln %1, Col %2</source>
        <translation>Z. %1, Sp. %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="328"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>A Run Is Going</source>
        <translation>Ein Lauf ist im Gange</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>Closing stops the run: what it has not committed is rolled back.</source>
        <translation>Schließen beendet den Lauf: Was er nicht committet hat, wird zurückgerollt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="27"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="28"/>
        <source>Revision scripts and SQL (*.py *.sql);;Revision scripts (*.py);;SQL (*.sql);;All files (*)</source>
        <translation>Revisionsskripte und SQL (*.py *.sql);;Revisionsskripte (*.py);;SQL (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="31"/>
        <location filename="../ui/mainwindowscript.cpp" line="70"/>
        <source>Cannot Open File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="61"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="89"/>
        <source>Revision %1 is not in the project.</source>
        <translation>Die Revision %1 ist nicht im Projekt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="118"/>
        <source>Save Revision Script</source>
        <translation>Revisionsskript speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="119"/>
        <source>Revision scripts (*.py)</source>
        <translation>Revisionsskripte (*.py)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="127"/>
        <source>Cannot Save File</source>
        <translation>Datei kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="133"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="141"/>
        <source>The new script</source>
        <translation>Das neue Skript</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="143"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="143"/>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 enthält Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>%1[*] — Alembic Studio</source>
        <translation>%1[*] — Alembic Studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>%1[*] — %2 — Alembic Studio</source>
        <translation>%1[*] — %2 — Alembic Studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>Database passwords are kept in the system keychain.</source>
        <translation>Datenbankpasswörter werden im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>No system keychain was found: database passwords are asked for each session and never stored.</source>
        <translation>Es wurde kein Schlüsselbund gefunden: Datenbankpasswörter werden in jeder Sitzung abgefragt und nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="397"/>
        <source>About Alembic Studio</source>
        <translation>Über Alembic Studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>&lt;h3&gt;Alembic Studio %1&lt;/h3&gt;&lt;p&gt;A desktop manager for Alembic database migrations: browse the revision history, review the SQL of every step before it runs, and apply it.&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;Built with Qt %2, QScintilla %3 and KSyntaxHighlighting %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Alembic Studio %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Werkzeug für Alembic-Datenbankmigrationen: die Revisionsgeschichte durchsehen, das SQL jedes Schritts prüfen, bevor er läuft, und ihn anwenden.&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, QScintilla %3 und KSyntaxHighlighting %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnection.cpp" line="41"/>
        <source>The database the graph, the review and the runs are about</source>
        <translation>Die Datenbank, um die es im Graphen, in der Prüfung und bei den Läufen geht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnection.cpp" line="69"/>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnection.cpp" line="83"/>
        <source>%1 (alembic.ini)</source>
        <translation>%1 (alembic.ini)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnection.cpp" line="88"/>
        <source>The project&apos;s sqlalchemy.url cannot be used: %1</source>
        <translation>Die sqlalchemy.url des Projekts kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="57"/>
        <source>Cannot Open the Sample</source>
        <translation>Das Beispiel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="62"/>
        <source>Re&amp;fresh Database State</source>
        <translation>Datenbankstatus a&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="64"/>
        <source>Read alembic_version again</source>
        <translation>alembic_version erneut lesen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="78"/>
        <source>&amp;Upgrade to Heads…</source>
        <translation>&amp;Upgrade auf die Heads…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="80"/>
        <source>Review, then run every pending upgrade</source>
        <translation>Prüfen, dann jedes ausstehende Upgrade ausführen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="81"/>
        <source>Upgrade &amp;One Step…</source>
        <translation>Upgrade um &amp;einen Schritt…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="83"/>
        <source>&amp;Downgrade One Step…</source>
        <translation>&amp;Downgrade um einen Schritt…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="86"/>
        <source>Downgrade to &amp;Base…</source>
        <translation>Downgrade auf &amp;Base…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="89"/>
        <source>Rese&amp;t Database…</source>
        <translation>Datenbank &amp;zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="91"/>
        <source>Downgrade to base, then upgrade to the heads</source>
        <translation>Downgrade auf base, dann Upgrade auf die Heads</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="93"/>
        <source>Reset to the Selected Re&amp;vision…</source>
        <translation>Auf die ausgewählte Re&amp;vision zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="94"/>
        <source>Downgrade to base, then upgrade to the revision selected in the graph</source>
        <translation>Downgrade auf base, dann Upgrade auf die im Graphen ausgewählte Revision</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="99"/>
        <source>Undo &amp;Reset</source>
        <translation>Zurücksetzen &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="100"/>
        <source>Put back the database file as it was before the last reset</source>
        <translation>Die Datenbankdatei so zurücklegen, wie sie vor dem letzten Zurücksetzen war</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="111"/>
        <source>Open Alembic Project</source>
        <translation>Alembic-Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="112"/>
        <source>Alembic configuration (alembic.ini *.ini pyproject.toml);;All files (*)</source>
        <translation>Alembic-Konfiguration (alembic.ini *.ini pyproject.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="119"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowdatabase.cpp" line="144"/>
        <source>Opened %1: %n revision(s).</source>
        <translation>
            <numerusform>%1 geöffnet: %n Revision.</numerusform>
            <numerusform>%1 geöffnet: %n Revisionen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="162"/>
        <source>Cannot open the project: %1: %2</source>
        <translation>Das Projekt kann nicht geöffnet werden: %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="199"/>
        <source>No database</source>
        <translation>Keine Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="200"/>
        <source>The project names no database: choose a connection.</source>
        <translation>Das Projekt nennt keine Datenbank: Wählen Sie eine Verbindung.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="206"/>
        <source>%1: reading…</source>
        <translation>%1: wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="210"/>
        <source>%1: not reachable</source>
        <translation>%1: nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="217"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="220"/>
        <source>%1 at %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowdatabase.cpp" line="225"/>
        <source>%1 at %2 · %n pending</source>
        <translation>
            <numerusform>%1 auf %2 · %n ausstehend</numerusform>
            <numerusform>%1 auf %2 · %n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="240"/>
        <source>%1 is protected: it cannot be reset from here.</source>
        <translation>%1 ist geschützt und kann von hier aus nicht zurückgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="264"/>
        <source>Protected Database</source>
        <translation>Geschützte Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="265"/>
        <source>%1 is marked protected (shared or production): Alembic Studio does not reset it.</source>
        <translation>%1 ist als geschützt markiert (gemeinsam genutzt oder Produktion): Alembic Studio setzt sie nicht zurück.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="272"/>
        <source>The database file is copied aside first: Database ▸ Undo Reset puts it back.</source>
        <translation>Die Datenbankdatei wird zuerst beiseitekopiert: Datenbank ▸ Zurücksetzen rückgängig machen legt sie zurück.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="273"/>
        <source>This cannot be undone: every table the migrations made is dropped, with its rows.</source>
        <translation>Das lässt sich nicht rückgängig machen: Jede Tabelle, die die Migrationen angelegt haben, wird mitsamt ihren Zeilen gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="276"/>
        <location filename="../ui/mainwindowdatabase.cpp" line="288"/>
        <source>Reset Database</source>
        <translation>Datenbank zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="277"/>
        <source>Reset %1?

Every migration is downgraded to base, then upgraded to %2.

%3</source>
        <translation>%1 zurücksetzen?

Jede Migration wird per Downgrade auf base zurückgenommen und dann per Upgrade auf %2 gebracht.

%3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="288"/>
        <source>Nothing was reset: %1</source>
        <translation>Nichts wurde zurückgesetzt: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="309"/>
        <source>Undo Reset</source>
        <translation>Zurücksetzen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="313"/>
        <source>The database is back as it was before the reset.</source>
        <translation>Die Datenbank ist wieder so wie vor dem Zurücksetzen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="322"/>
        <source>The database was reset. Database ▸ Undo Reset puts it back.</source>
        <translation>Die Datenbank wurde zurückgesetzt. Datenbank ▸ Zurücksetzen rückgängig machen legt sie zurück.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="323"/>
        <source>The database was reset.</source>
        <translation>Die Datenbank wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowrevision.cpp" line="27"/>
        <source>&amp;New Revision…</source>
        <translation>&amp;Neue Revision…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowrevision.cpp" line="29"/>
        <source>Write a new revision script, as `alembic revision -m` does</source>
        <translation>Ein neues Revisionsskript schreiben, wie es `alembic revision -m` tut</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowrevision.cpp" line="31"/>
        <source>&amp;Merge Heads…</source>
        <translation>&amp;Heads zusammenführen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowrevision.cpp" line="33"/>
        <source>Write a merge revision of the heads, as `alembic merge` does</source>
        <translation>Eine Merge-Revision der Heads schreiben, wie es `alembic merge` tut</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowrevision.cpp" line="86"/>
        <source>The script being edited stays open: save it to follow the graph.</source>
        <translation>Das bearbeitete Skript bleibt offen: Speichern Sie es, um dem Graphen zu folgen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowrevision.cpp" line="125"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>Studio::MergeDialog</name>
    <message>
        <location filename="../ui/mergedialog.cpp" line="30"/>
        <source>Merge Heads</source>
        <translation>Heads zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="32"/>
        <source>Heads to merge</source>
        <translation>Zusammenzuführende Heads</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="34"/>
        <source>empty message</source>
        <translation>leere Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="36"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="38"/>
        <source>%1 (generated)</source>
        <translation>%1 (erzeugt)</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="59"/>
        <source>&amp;Heads:</source>
        <translation>&amp;Heads:</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="60"/>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="61"/>
        <source>Branch &amp;label:</source>
        <translation>Branch-&amp;Label:</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="62"/>
        <source>Revision &amp;ID:</source>
        <translation>Revisions-&amp;ID:</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="64"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="144"/>
        <source>The project has only one head: there is nothing to merge.</source>
        <translation>Das Projekt hat nur einen Head: Es gibt nichts zusammenzuführen.</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="145"/>
        <source>Check at least two heads to merge.</source>
        <translation>Wählen Sie mindestens zwei Heads zum Zusammenführen aus.</translation>
    </message>
</context>
<context>
    <name>Studio::NewRevisionDialog</name>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="51"/>
        <source>New Revision</source>
        <translation>Neue Revision</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="53"/>
        <source>empty message</source>
        <translation>leere Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="56"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="58"/>
        <source>revisions or labels, separated by spaces</source>
        <translation>Revisionen oder Labels, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="60"/>
        <source>%1 (generated)</source>
        <translation>%1 (erzeugt)</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="67"/>
        <source>base — a new root, with no parent</source>
        <translation>base — eine neue Wurzel ohne Vorgänger</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="69"/>
        <source>Where Alembic puts it</source>
        <translation>Wo Alembic sie ablegt</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="76"/>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="77"/>
        <source>&amp;Based on:</source>
        <translation>&amp;Basiert auf:</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="78"/>
        <source>Branch &amp;label:</source>
        <translation>Branch-&amp;Label:</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="79"/>
        <source>&amp;Depends on:</source>
        <translation>Hängt &amp;ab von:</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="80"/>
        <source>Revision &amp;ID:</source>
        <translation>Revisions-&amp;ID:</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="81"/>
        <source>&amp;Version location:</source>
        <translation>&amp;Versionsort:</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="87"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="175"/>
        <source>A new root has no head to take its folder from: choose its version location.</source>
        <translation>Eine neue Wurzel hat keinen Head, dessen Ordner sie übernehmen könnte: Wählen Sie ihren Versionsort.</translation>
    </message>
</context>
<context>
    <name>Studio::ProblemsModel</name>
    <message>
        <location filename="../ui/problemsmodel.cpp" line="90"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/problemsmodel.cpp" line="90"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>Studio::ProblemsPanel</name>
    <message>
        <location filename="../ui/problemspanel.cpp" line="29"/>
        <source>Alembic refuses this revision graph: %1</source>
        <translation>Alembic lehnt diesen Revisionsgraphen ab: %1</translation>
    </message>
    <message>
        <location filename="../ui/problemspanel.cpp" line="45"/>
        <source>%1 is one of %2 heads (%3): `upgrade head` fails until they are merged (Revision ▸ Merge Heads).</source>
        <translation>%1 ist einer von %2 Heads (%3): `upgrade head` schlägt fehl, bis sie zusammengeführt sind (Revision ▸ Heads zusammenführen).</translation>
    </message>
    <message>
        <location filename="../ui/problemspanel.cpp" line="153"/>
        <source>Needs Python: %1 — set a Python interpreter on the connection to run this step.</source>
        <translation>Braucht Python: %1 — legen Sie bei der Verbindung einen Python-Interpreter fest, um diesen Schritt auszuführen.</translation>
    </message>
    <message>
        <location filename="../ui/problemspanel.cpp" line="190"/>
        <source>The database&apos;s schema could not be compared: %1</source>
        <translation>Das Schema der Datenbank konnte nicht verglichen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/problemspanel.cpp" line="198"/>
        <source>Drift: %1</source>
        <translation>Drift: %1</translation>
    </message>
    <message>
        <location filename="../ui/problemspanel.cpp" line="220"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/problemspanel.cpp" line="221"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/problemspanel.cpp" line="221"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/problemspanel.cpp" line="222"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Studio::ReviewPanel</name>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="67"/>
        <source>Copy All</source>
        <translation>Alles kopieren</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="68"/>
        <source>Save as .sql…</source>
        <translation>Als .sql speichern…</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="82"/>
        <source>Upgrade SQL</source>
        <translation>Upgrade-SQL</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="83"/>
        <source>Downgrade SQL</source>
        <translation>Downgrade-SQL</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="84"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="85"/>
        <location filename="../ui/reviewpanel.cpp" line="185"/>
        <location filename="../ui/reviewpanel.cpp" line="256"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="88"/>
        <source>Save the SQL of this direction as a .sql file</source>
        <translation>Das SQL dieser Richtung als .sql-Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="104"/>
        <source>Copy the whole text of this tab (%1); Ctrl+C copies the selection</source>
        <translation>Den ganzen Text dieses Tabs kopieren (%1); Strg+C kopiert die Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="180"/>
        <source>Select a revision to review its SQL.</source>
        <translation>Wählen Sie eine Revision, um ihr SQL zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="203"/>
        <source>Reviewing…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="256"/>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="270"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="273"/>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="304"/>
        <source>not counted: %1</source>
        <translation>nicht gezählt: %1</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="318"/>
        <source>(%1 now)</source>
        <translation>(jetzt %1)</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="355"/>
        <location filename="../ui/reviewpanel.cpp" line="360"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="373"/>
        <location filename="../ui/reviewpanel.cpp" line="379"/>
        <source>Save SQL</source>
        <translation>SQL speichern</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="374"/>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Studio::ReviewSchemaPage</name>
    <message>
        <location filename="../ui/reviewpages.cpp" line="154"/>
        <source>Table / column</source>
        <translation>Tabelle / Spalte</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="154"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="154"/>
        <location filename="../ui/reviewpages.cpp" line="159"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="154"/>
        <location filename="../ui/reviewpages.cpp" line="158"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="191"/>
        <source>+ added</source>
        <translation>+ hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="193"/>
        <source>− removed</source>
        <translation>− entfernt</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="195"/>
        <source>~ changed</source>
        <translation>~ geändert</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="217"/>
        <source>No table changes.</source>
        <translation>Keine Tabellenänderungen.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="220"/>
        <source>The schema model could not follow:</source>
        <translation>Das Schemamodell konnte nicht folgen:</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="236"/>
        <source>CREATE statements of the whole schema:</source>
        <translation>CREATE-Anweisungen des gesamten Schemas:</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="241"/>
        <source>CREATE statements of %1:</source>
        <translation>CREATE-Anweisungen von %1:</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="244"/>
        <source>-- %1 is not there after.
</source>
        <translation>-- %1 ist danach nicht vorhanden.
</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="244"/>
        <source>-- %1 is not there before.
</source>
        <translation>-- %1 ist davor nicht vorhanden.
</translation>
    </message>
</context>
<context>
    <name>Studio::ReviewSqlPage</name>
    <message>
        <location filename="../ui/reviewpages.cpp" line="114"/>
        <source>Python engine: %1 (%2)</source>
        <translation>Python-Engine: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="117"/>
        <source>Cannot run: %1 needs Python and no interpreter is configured (%2)</source>
        <translation>Nicht ausführbar: %1 braucht Python, und kein Interpreter ist konfiguriert (%2)</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="123"/>
        <source>Engine: native</source>
        <translation>Engine: nativ</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="125"/>
        <source>Engine: native, except:</source>
        <translation>Engine: nativ, außer:</translation>
    </message>
</context>
<context>
    <name>Studio::ReviewWarningsPage</name>
    <message>
        <location filename="../ui/reviewpages.cpp" line="255"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="255"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="255"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="255"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="255"/>
        <source>What it does</source>
        <translation>Was es bewirkt</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="279"/>
        <source>Drops a table</source>
        <translation>Löscht eine Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="281"/>
        <source>Drops a column</source>
        <translation>Löscht eine Spalte</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="283"/>
        <source>Narrows a type</source>
        <translation>Schränkt einen Typ ein</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="285"/>
        <source>NOT NULL without default</source>
        <translation>NOT NULL ohne Default</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="287"/>
        <source>Raw SQL</source>
        <translation>Rohes SQL</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="289"/>
        <source>Not reviewed</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="297"/>
        <location filename="../ui/reviewpages.cpp" line="367"/>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="297"/>
        <location filename="../ui/reviewpages.cpp" line="368"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="315"/>
        <source>%1
%2, revision %3 (double-click to open the script)</source>
        <translation>%1
%2, Revision %3 (Doppelklick öffnet das Skript)</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="335"/>
        <source>Downgrade</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="335"/>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="343"/>
        <source>%1
in %2 (revision %3)</source>
        <translation>%1
in %2 (Revision %3)</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="351"/>
        <source>No destructive steps found: nothing is dropped, narrowed or made NOT NULL without a default, either way.</source>
        <translation>Keine destruktiven Schritte gefunden: Nichts wird gelöscht, eingeschränkt oder ohne Default zu NOT NULL gemacht, in keiner Richtung.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="365"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Studio::RevisionGraphDelegate</name>
    <message>
        <location filename="../ui/revisiongraphdelegate.cpp" line="143"/>
        <source>head</source>
        <translation>Head</translation>
    </message>
</context>
<context>
    <name>Studio::RevisionGraphModel</name>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="290"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="292"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="294"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="296"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="330"/>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="337"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="338"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="341"/>
        <source>The revision graph cannot be used: %1</source>
        <translation>Der Revisionsgraph kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="343"/>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="345"/>
        <source>Revises: %1</source>
        <translation>Vorgänger: %1</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="347"/>
        <source>Depends on: %1</source>
        <translation>Hängt ab von: %1</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="349"/>
        <source>Branch labels: %1</source>
        <translation>Branch-Labels: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/revisiongraphmodel.cpp" line="354"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="355"/>
        <source>On the branches of: %1</source>
        <translation>Auf den Branches von: %1</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="359"/>
        <source>head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="361"/>
        <source>base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="363"/>
        <source>branch point</source>
        <translation>Verzweigungspunkt</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="365"/>
        <source>merge point</source>
        <translation>Merge-Punkt</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="367"/>
        <source>broken link: a revision it names is not there</source>
        <translation>defekte Verknüpfung: eine genannte Revision fehlt</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="388"/>
        <source>Broken revision graph: %1</source>
        <translation>Defekter Revisionsgraph: %1</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="399"/>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="399"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="412"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="442"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="444"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="446"/>
        <source>Branch Labels</source>
        <translation>Branch-Labels</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="448"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="450"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Studio::RevisionGraphView</name>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="37"/>
        <source>Filter by message, id or label (Ctrl+F)</source>
        <translation>Nach Nachricht, ID oder Label filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="39"/>
        <source>Rows that do not match are dimmed; Enter goes to the next match.</source>
        <translation>Nicht passende Zeilen werden abgeblendet; Eingabe springt zum nächsten Treffer.</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="41"/>
        <source>Go to revision (Ctrl+L)</source>
        <translation>Zu Revision springen (Strg+L)</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="42"/>
        <source>An id or its start, a branch label, head, heads, base, label@head, label@base</source>
        <translation>Eine ID oder ihr Anfang, ein Branch-Label, head, heads, base, label@head, label@base</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="132"/>
        <source>&amp;Upgrade to Here</source>
        <translation>Upgrade bis &amp;hierher</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="134"/>
        <source>&amp;Downgrade to Here</source>
        <translation>Do&amp;wngrade bis hierher</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="136"/>
        <source>S&amp;tamp Here</source>
        <translation>S&amp;tamp auf diese Revision</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="138"/>
        <source>Show &amp;SQL</source>
        <translation>&amp;SQL anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="140"/>
        <source>&amp;Open in Editor</source>
        <translation>Im &amp;Editor öffnen</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="143"/>
        <source>&amp;Copy Revision ID</source>
        <translation>Revisions-ID &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="153"/>
        <source>Filter Revisions</source>
        <translation>Revisionen filtern</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="161"/>
        <source>Go to Revision</source>
        <translation>Zu Revision springen</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="243"/>
        <source>The revision graph is broken: %1</source>
        <translation>Der Revisionsgraph ist defekt: %1</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="284"/>
        <source>No project is open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="292"/>
        <source>“%1” does not name a revision: %2</source>
        <translation>„%1“ benennt keine Revision: %2</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="296"/>
        <location filename="../ui/revisiongraphview.cpp" line="301"/>
        <source>“%1” names no revision (it stands for before the first one).</source>
        <translation>„%1“ benennt keine Revision (es steht für „vor der ersten“).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/revisiongraphview.cpp" line="308"/>
        <source>“%1” names %n revisions; the first is selected.</source>
        <translation>
            <numerusform>„%1“ benennt %n Revision; sie ist ausgewählt.</numerusform>
            <numerusform>„%1“ benennt %n Revisionen; die erste ist ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="337"/>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/revisiongraphview.cpp" line="337"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Studio::RevisionPreview</name>
    <message>
        <location filename="../ui/revisionpreview.cpp" line="46"/>
        <source>Preview of the new revision file</source>
        <translation>Vorschau der neuen Revisionsdatei</translation>
    </message>
    <message>
        <location filename="../ui/revisionpreview.cpp" line="62"/>
        <source>Preview of %1:</source>
        <translation>Vorschau von %1:</translation>
    </message>
    <message>
        <location filename="../ui/revisionpreview.cpp" line="63"/>
        <source>Preview of %1 (its folder is created too):</source>
        <translation>Vorschau von %1 (sein Ordner wird ebenfalls angelegt):</translation>
    </message>
    <message>
        <location filename="../ui/revisionpreview.cpp" line="78"/>
        <source>Nothing can be written yet.</source>
        <translation>Noch kann nichts geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Studio::RunView</name>
    <message>
        <location filename="../ui/runview.cpp" line="32"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="33"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="41"/>
        <source>Upgrade to %1</source>
        <translation>Upgrade auf %1</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="43"/>
        <source>Downgrade to %1</source>
        <translation>Downgrade auf %1</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="45"/>
        <source>Stamp %1 (purge)</source>
        <translation>Stamp %1 (purge)</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="46"/>
        <source>Stamp %1</source>
        <translation>Stamp %1</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="56"/>
        <source>No run yet. Choose Upgrade, Downgrade or Stamp on a revision of the graph.</source>
        <translation>Noch kein Lauf. Wählen Sie Upgrade, Downgrade oder Stamp an einer Revision des Graphen.</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="59"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="60"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="66"/>
        <source>Open Script at Statement</source>
        <translation>Skript an der Anweisung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="75"/>
        <source>Run the plan shown on the database</source>
        <translation>Den gezeigten Plan auf der Datenbank ausführen</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="77"/>
        <source>Stop before the next statement; what is not committed is rolled back</source>
        <translation>Vor der nächsten Anweisung anhalten; nicht Committetes wird zurückgerollt</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="79"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="79"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="79"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="79"/>
        <source>Statements</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="79"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="92"/>
        <source>The log of the run and each statement it sends appear here.</source>
        <translation>Das Protokoll des Laufs und jede gesendete Anweisung erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="93"/>
        <source>The SQL of the plan appears here before it runs.</source>
        <translation>Das SQL des Plans erscheint hier, bevor er läuft.</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="171"/>
        <source>%1 on %2 — reading the database…</source>
        <translation>%1 auf %2 — Datenbank wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="182"/>
        <source>%1: this run cannot be made.</source>
        <translation>%1: Dieser Lauf ist nicht möglich.</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="191"/>
        <location filename="../ui/runview.cpp" line="269"/>
        <location filename="../ui/runview.cpp" line="342"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="194"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="194"/>
        <source>Native</source>
        <translation>Nativ</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="198"/>
        <source>run by Alembic in %1; its SQL is known when it runs</source>
        <translation>von Alembic in %1 ausgeführt; sein SQL ist erst bekannt, wenn er läuft</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="199"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="201"/>
        <source>%1: nothing to do, the database is at %2.</source>
        <translation>%1: nichts zu tun, die Datenbank ist bereits auf %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runview.cpp" line="204"/>
        <source>%1: %n step(s) from %2. Review them, then press Run.</source>
        <translation>
            <numerusform>%1: %n Schritt ab %2. Prüfen Sie ihn, dann klicken Sie auf Ausführen.</numerusform>
            <numerusform>%1: %n Schritte ab %2. Prüfen Sie sie, dann klicken Sie auf Ausführen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="254"/>
        <source>%1 — running…</source>
        <translation>%1 — läuft…</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="282"/>
        <location filename="../ui/runview.cpp" line="342"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="288"/>
        <location filename="../ui/runview.cpp" line="346"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="324"/>
        <source>The database is at base.</source>
        <translation>Die Datenbank ist auf base (keine Revision angewendet).</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="325"/>
        <source>The database is at %1.</source>
        <translation>Die Datenbank ist auf %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runview.cpp" line="329"/>
        <source>Finished: %n step(s) in %1.</source>
        <translation>
            <numerusform>Abgeschlossen: %n Schritt in %1.</numerusform>
            <numerusform>Abgeschlossen: %n Schritte in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="345"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="345"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="347"/>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="350"/>
        <source>Cancelled after %1.</source>
        <translation>Abgebrochen nach %1.</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="351"/>
        <source>Failed after %1.</source>
        <translation>Fehlgeschlagen nach %1.</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="354"/>
        <source>Statement %1 of revision %2:</source>
        <translation>Anweisung %1 der Revision %2:</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="360"/>
        <source>The database said:</source>
        <translation>Die Datenbank meldete:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runview.cpp" line="362"/>
        <source>%n statement(s) had been committed as they ran and were not rolled back.</source>
        <translation>
            <numerusform>%n Anweisung war beim Ausführen committet worden und wurde nicht zurückgerollt.</numerusform>
            <numerusform>%n Anweisungen waren beim Ausführen committet worden und wurden nicht zurückgerollt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="372"/>
        <source>The run was refused; nothing ran.</source>
        <translation>Der Lauf wurde abgelehnt; nichts wurde ausgeführt.</translation>
    </message>
</context>
<context>
    <name>Studio::SampleProject</name>
    <message>
        <location filename="../ui/sampleproject.cpp" line="44"/>
        <source>Cannot copy the sample project to %1.</source>
        <translation>Das Beispielprojekt kann nicht nach %1 kopiert werden.</translation>
    </message>
</context>
<context>
    <name>Studio::WelcomePanel</name>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="22"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="23"/>
        <source>&amp;Got It</source>
        <translation>&amp;Verstanden</translation>
    </message>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="26"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="32"/>
        <source>Welcome to Alembic Studio</source>
        <translation>Willkommen bei Alembic Studio</translation>
    </message>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="47"/>
        <source>The sample project (File ▸ Open Sample Project) has a SQLite database of its own: try anything on it.</source>
        <translation>Das Beispielprojekt (Datei ▸ Beispielprojekt öffnen) hat eine eigene SQLite-Datenbank: Probieren Sie daran alles aus.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="50"/>
        <source>&lt;b&gt;Browse the migration history&lt;/b&gt;: heads, branches, and what the database has applied.</source>
        <translation>&lt;b&gt;Die Migrationshistorie durchsehen&lt;/b&gt;: Heads, Branches und was die Datenbank angewendet hat.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="51"/>
        <source>&lt;b&gt;Review before applying&lt;/b&gt;: select a revision and read its SQL for this database in Review (F7).</source>
        <translation>&lt;b&gt;Vor dem Anwenden prüfen&lt;/b&gt;: Wählen Sie eine Revision und lesen Sie ihr SQL für diese Datenbank unter Prüfung (F7).</translation>
    </message>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="53"/>
        <source>&lt;b&gt;Reset a development database&lt;/b&gt;: Database ▸ Reset Database (Ctrl+Shift+R), with Undo Reset on SQLite.</source>
        <translation>&lt;b&gt;Eine Entwicklungsdatenbank zurücksetzen&lt;/b&gt;: Datenbank ▸ Datenbank zurücksetzen (Strg+Umschalt+R), unter SQLite mit Zurücksetzen rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="56"/>
        <source>Your own project: File ▸ Open Project (Ctrl+O), then its alembic.ini, pyproject.toml or folder.</source>
        <translation>Ihr eigenes Projekt: Datei ▸ Projekt öffnen (Strg+O), dann seine alembic.ini, pyproject.toml oder sein Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="86"/>
        <source>Close the welcome (Esc); Help ▸ Welcome shows it again</source>
        <translation>Die Begrüßung schließen (Esc); Hilfe ▸ Willkommen zeigt sie wieder</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="101"/>
        <source>cannot write the screenshot to %1</source>
        <translation>das Bildschirmfoto kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="126"/>
        <source>A desktop manager for Alembic database migrations.</source>
        <translation>Ein Desktop-Werkzeug für Alembic-Datenbankmigrationen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="132"/>
        <source>Lay the window out, save a PNG picture of it to &lt;file&gt; and exit.</source>
        <translation>Das Fenster anordnen, ein PNG-Bild davon in &lt;Datei&gt; speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="133"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="135"/>
        <source>Window size, e.g. 1280x800.</source>
        <translation>Fenstergröße, z. B. 1280x800.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="136"/>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="139"/>
        <source>Color scheme for this run: system, light or dark.</source>
        <translation>Farbschema für diesen Start: system, light oder dark.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="140"/>
        <source>scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="142"/>
        <source>Language of the interface, e.g. de or fr.</source>
        <translation>Sprache der Oberfläche, z. B. de oder fr.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="143"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="146"/>
        <source>The connection profile to open the project on, by its name.</source>
        <translation>Das Verbindungsprofil, mit dem das Projekt geöffnet wird, nach seinem Namen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="147"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="151"/>
        <source>The Alembic project to open (its alembic.ini, pyproject.toml or folder), and revision scripts (.py) or SQL files (.sql) to open in it. Without a project, the last one opened, or the sample.</source>
        <translation>Das zu öffnende Alembic-Projekt (seine alembic.ini, pyproject.toml oder sein Ordner) sowie Revisionsskripte (.py) oder SQL-Dateien (.sql), die darin geöffnet werden. Ohne Projekt das zuletzt geöffnete oder das Beispiel.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="161"/>
        <source>--size wants WIDTHxHEIGHT, such as 1280x800, not &quot;%1&quot;.</source>
        <translation>--size erwartet BREITExHÖHE wie 1280x800, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="169"/>
        <source>--color-scheme is system, light or dark, not &quot;%1&quot;.</source>
        <translation>--color-scheme ist system, light oder dark, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="185"/>
        <source>Only one project can be opened: &quot;%1&quot; is a second.</source>
        <translation>Nur ein Projekt kann geöffnet werden: „%1“ wäre ein zweites.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="219"/>
        <source>Cannot open the project %1: %2</source>
        <translation>Das Projekt %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="228"/>
        <source>Cannot Open File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
</context>
</TS>
