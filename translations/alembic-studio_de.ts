<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Migrations::TextFile</name>
    <message>
        <location filename="../migrations/textfile.cpp" line="65"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../migrations/textfile.cpp" line="76"/>
        <source>Cannot read %1: it is not UTF-8 text (invalid byte at offset %2)</source>
        <translation>%1 kann nicht gelesen werden: Das ist kein UTF-8-Text (ungültiges Byte an Position %2)</translation>
    </message>
    <message>
        <location filename="../migrations/textfile.cpp" line="89"/>
        <location filename="../migrations/textfile.cpp" line="97"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Studio::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="43"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52"/>
        <source>Open an .sql file (File ▸ Open) to review it here.</source>
        <translation>Öffnen Sie eine .sql-Datei (Datei ▸ Öffnen), um sie hier zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="68"/>
        <source>Open a revision script or an SQL file</source>
        <translation>Ein Revisionsskript oder eine SQL-Datei öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>Save the revision script</source>
        <translation>Das Revisionsskript speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>Select &amp;All</source>
        <translation>Alles aus&amp;wählen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>&amp;Color Scheme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>&amp;About Alembic Studio</source>
        <translation>Ü&amp;ber Alembic Studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>Ln %1, Col %2</source>
        <translation>Z. %1, Sp. %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="183"/>
        <source>Revision scripts and SQL (*.py *.sql);;Revision scripts (*.py);;SQL (*.sql);;All files (*)</source>
        <translation>Revisionsskripte und SQL (*.py *.sql);;Revisionsskripte (*.py);;SQL (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>Cannot Open File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="223"/>
        <source>Save Revision Script</source>
        <translation>Revisionsskript speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>Revision scripts (*.py)</source>
        <translation>Revisionsskripte (*.py)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>Cannot Save File</source>
        <translation>Datei kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>The new script</source>
        <translation>Das neue Skript</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 enthält Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="275"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277"/>
        <source>%1[*] — Alembic Studio</source>
        <translation>%1[*] — Alembic Studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286"/>
        <source>Database passwords are kept in the system keychain.</source>
        <translation>Datenbankpasswörter werden im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>No system keychain was found: database passwords are asked for each session and never stored.</source>
        <translation>Es wurde kein Schlüsselbund gefunden: Datenbankpasswörter werden in jeder Sitzung abgefragt und nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>About Alembic Studio</source>
        <translation>Über Alembic Studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="291"/>
        <source>&lt;h3&gt;Alembic Studio %1&lt;/h3&gt;&lt;p&gt;A desktop manager for Alembic database migrations: browse the revision history, review the SQL of every step before it runs, and apply it.&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;Built with Qt %2, QScintilla %3 and KSyntaxHighlighting %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Alembic Studio %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Werkzeug für Alembic-Datenbankmigrationen: die Revisionsgeschichte durchsehen, das SQL jedes Schritts prüfen, bevor er läuft, und ihn anwenden.&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, QScintilla %3 und KSyntaxHighlighting %4.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="86"/>
        <source>A desktop manager for Alembic database migrations.</source>
        <translation>Ein Desktop-Werkzeug für Alembic-Datenbankmigrationen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="92"/>
        <source>Lay the window out, save a PNG picture of it to &lt;file&gt; and exit.</source>
        <translation>Das Fenster anordnen, ein PNG-Bild davon in &lt;Datei&gt; speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="93"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="95"/>
        <source>Window size, e.g. 1280x800.</source>
        <translation>Fenstergröße, z. B. 1280x800.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="96"/>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="99"/>
        <source>Color scheme for this run: system, light or dark.</source>
        <translation>Farbschema für diesen Start: system, light oder dark.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="100"/>
        <source>scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="103"/>
        <source>Revision scripts (.py) or SQL files (.sql) to open.</source>
        <translation>Zu öffnende Revisionsskripte (.py) oder SQL-Dateien (.sql).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="111"/>
        <source>--size wants WIDTHxHEIGHT, such as 1280x800, not &quot;%1&quot;.</source>
        <translation>--size erwartet BREITExHÖHE wie 1280x800, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="119"/>
        <source>--color-scheme is system, light or dark, not &quot;%1&quot;.</source>
        <translation>--color-scheme ist system, light oder dark, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="142"/>
        <source>Cannot Open File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
</context>
</TS>
