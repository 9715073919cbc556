<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Migrations::DatabaseCopy</name>
    <message>
        <location filename="../migrations/databasecopy.cpp" line="33"/>
        <source>Only a SQLite database file can be copied aside.</source>
        <translation>Seul un fichier de base SQLite peut être copié de côté.</translation>
    </message>
    <message>
        <location filename="../migrations/databasecopy.cpp" line="48"/>
        <source>Cannot copy %1 to %2: %3.</source>
        <translation>Impossible de copier %1 vers %2&#xa0;: %3.</translation>
    </message>
    <message>
        <location filename="../migrations/databasecopy.cpp" line="65"/>
        <source>Cannot move %1 aside to put the copy back.</source>
        <translation>Impossible de déplacer %1 de côté pour remettre la copie.</translation>
    </message>
    <message>
        <location filename="../migrations/databasecopy.cpp" line="69"/>
        <source>Cannot move %1 back to %2.</source>
        <translation>Impossible de replacer %1 en %2.</translation>
    </message>
</context>
<context>
    <name>Migrations::DestructiveChange</name>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="98"/>
        <source>%1: a smaller integer, large values no longer fit</source>
        <translation>%1&#xa0;: un entier plus petit, les grandes valeurs ne tiennent plus</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="100"/>
        <source>%1: shorter, longer values are cut or refused</source>
        <translation>%1&#xa0;: plus court, les valeurs plus longues sont tronquées ou refusées</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="102"/>
        <source>%1: fewer digits, values are rounded or refused</source>
        <translation>%1&#xa0;: moins de chiffres, les valeurs sont arrondies ou refusées</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="104"/>
        <source>%1: less precision, values are rounded</source>
        <translation>%1&#xa0;: moins de précision, les valeurs sont arrondies</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="105"/>
        <source>%1: the time of day is lost</source>
        <translation>%1&#xa0;: l’heure de la journée est perdue</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="120"/>
        <source>%1: another kind of value, existing values may not convert</source>
        <translation>%1&#xa0;: un autre genre de valeur, les valeurs existantes risquent de ne pas se convertir</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="189"/>
        <source>Drops the table %1 and every row in it.</source>
        <translation>Supprime la table %1 et toutes ses lignes.</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="195"/>
        <source>Drops the column %1.%2 and its value in every row.</source>
        <translation>Supprime la colonne %1.%2 et sa valeur dans chaque ligne.</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="204"/>
        <source>Adds %1.%2 as NOT NULL with no server default: it fails if the table has rows.</source>
        <translation>Ajoute %1.%2 en NOT NULL sans valeur par défaut côté serveur&#xa0;: échoue si la table contient des lignes.</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="220"/>
        <source>Makes %1.%2 NOT NULL: it fails if any row holds NULL there (a server default does not fill them).</source>
        <translation>Rend %1.%2 NOT NULL&#xa0;: échoue si une ligne y contient NULL (une valeur par défaut côté serveur ne les remplit pas).</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="232"/>
        <source>Changes the type of %1.%2 to %3; its type before is not known here, so values may not convert.</source>
        <translation>Change le type de %1.%2 en %3&#xa0;; le type précédent n’est pas connu ici, les valeurs risquent donc de ne pas se convertir.</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="242"/>
        <source>Changes %1.%2, %3.</source>
        <translation>Modifie %1.%2, %3.</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="249"/>
        <source>Runs SQL the review cannot check: %1</source>
        <translation>Exécute du SQL que la revue ne peut pas vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../migrations/destructivechange.cpp" line="286"/>
        <source>%1() cannot be reviewed here (%2): %3</source>
        <translation>%1() ne peut pas être revu ici (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../migrations/affectedrows.cpp" line="52"/>
        <source>table not there yet</source>
        <translation>table pas encore présente</translation>
    </message>
    <message>
        <location filename="../migrations/affectedrows.cpp" line="57"/>
        <source>column not there yet</source>
        <translation>colonne pas encore présente</translation>
    </message>
    <message>
        <location filename="../migrations/affectedrows.cpp" line="69"/>
        <source>could not count: %1</source>
        <translation>comptage impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Migrations::ProjectLoad</name>
    <message>
        <location filename="../migrations/projectload.cpp" line="27"/>
        <source>This folder holds neither an alembic.ini nor a pyproject.toml.</source>
        <translation>Ce dossier ne contient ni alembic.ini ni pyproject.toml.</translation>
    </message>
    <message>
        <location filename="../migrations/projectload.cpp" line="35"/>
        <source>There is no such file or folder.</source>
        <translation>Ce fichier ou dossier n’existe pas.</translation>
    </message>
    <message>
        <location filename="../migrations/projectload.cpp" line="49"/>
        <source>An Alembic project is opened from its alembic.ini, its pyproject.toml or their folder.</source>
        <translation>Un projet Alembic s’ouvre par son alembic.ini, son pyproject.toml ou leur dossier.</translation>
    </message>
</context>
<context>
    <name>Migrations::RevisionCreation</name>
    <message>
        <location filename="../migrations/revisioncreation.cpp" line="132"/>
        <source>Alembic Studio does not autogenerate revisions (it would run env.py against a database); run `alembic revision --autogenerate`</source>
        <translation>Alembic Studio ne génère pas de révisions automatiquement (il faudrait exécuter env.py sur une base)&#xa0;; lancez `alembic revision --autogenerate`</translation>
    </message>
    <message>
        <location filename="../migrations/revisioncreation.cpp" line="135"/>
        <source>revision_environment is set: Alembic would run env.py to write this revision, which Alembic Studio does not; run `alembic %1`</source>
        <translation>revision_environment est défini&#xa0;: Alembic exécuterait env.py pour écrire cette révision, ce que ne fait pas Alembic Studio&#xa0;; lancez `alembic %1`</translation>
    </message>
    <message>
        <location filename="../migrations/revisioncreation.cpp" line="185"/>
        <source>Alembic Studio does not merge with base</source>
        <translation>Alembic Studio ne fusionne pas avec base</translation>
    </message>
    <message>
        <location filename="../migrations/revisioncreation.cpp" line="339"/>
        <source>post_write_hooks (%1) are configured: Alembic would run them on the new file, which Alembic Studio does not; run `alembic %2`</source>
        <translation>des post_write_hooks (%1) sont configurés&#xa0;: Alembic les exécuterait sur le nouveau fichier, ce que ne fait pas Alembic Studio&#xa0;; lancez `alembic %2`</translation>
    </message>
</context>
<context>
    <name>Migrations::RevisionReview</name>
    <message>
        <location filename="../migrations/revisionreview.cpp" line="63"/>
        <source>the command failed (exit %1)</source>
        <translation>la commande a échoué (code de sortie %1)</translation>
    </message>
    <message>
        <location filename="../migrations/revisionreview.cpp" line="109"/>
        <source>upgrade to %1 from the heads %2 (no single alembic command starts there)</source>
        <translation>upgrade vers %1 depuis les têtes %2 (aucune commande alembic unique ne part de là)</translation>
    </message>
    <message>
        <location filename="../migrations/revisionreview.cpp" line="111"/>
        <source>downgrade to %1 from the heads %2 (no single alembic command starts there)</source>
        <translation>downgrade vers %1 depuis les têtes %2 (aucune commande alembic unique ne part de là)</translation>
    </message>
    <message>
        <location filename="../migrations/revisionreview.cpp" line="146"/>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <location filename="../migrations/revisionreview.cpp" line="147"/>
        <source>Revision %1: %2</source>
        <translation>Révision %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../migrations/revisionreview.cpp" line="195"/>
        <source>No revision %1.</source>
        <translation>Aucune révision %1.</translation>
    </message>
    <message>
        <location filename="../migrations/revisionreview.cpp" line="250"/>
        <source>A plan runs one way; the way back is the plan to %1, reviewed on its own.</source>
        <translation>Un plan va dans un seul sens&#xa0;; le retour est le plan vers %1, revu séparément.</translation>
    </message>
    <message>
        <location filename="../migrations/revisionreview.cpp" line="255"/>
        <source>Plan: stamp %1 from %2</source>
        <translation>Plan&#xa0;: stamp %1 depuis %2</translation>
    </message>
    <message>
        <location filename="../migrations/revisionreview.cpp" line="263"/>
        <source>A stamp runs no migration: only the version table changes.</source>
        <translation>Un stamp n’exécute aucune migration&#xa0;: seule la table de version change.</translation>
    </message>
    <message>
        <location filename="../migrations/revisionreview.cpp" line="267"/>
        <source>Plan: upgrade to %1 from %2</source>
        <translation>Plan&#xa0;: upgrade vers %1 depuis %2</translation>
    </message>
    <message>
        <location filename="../migrations/revisionreview.cpp" line="268"/>
        <source>Plan: downgrade to %1 from %2</source>
        <translation>Plan&#xa0;: downgrade vers %1 depuis %2</translation>
    </message>
</context>
<context>
    <name>Migrations::SchemaDiff</name>
    <message>
        <location filename="../migrations/schemadiff.cpp" line="48"/>
        <source>-- %1 cannot be written for %2: %3
</source>
        <translation>-- %1 ne peut pas être écrit pour %2&#xa0;: %3
</translation>
    </message>
</context>
<context>
    <name>Migrations::ScriptTemplate</name>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="110"/>
        <source>Alembic Studio cannot render a line that starts with `%%`</source>
        <translation>Alembic Studio ne sait pas rendre une ligne qui commence par `%%`</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="126"/>
        <source>`%1` is never closed</source>
        <translation>`%1` n’est jamais fermé</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="142"/>
        <source>Alembic Studio cannot render Mako&apos;s `%1` tags</source>
        <translation>Alembic Studio ne sait pas rendre les balises `%1` de Mako</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="153"/>
        <source>`%% %1` is never closed</source>
        <translation>`%% %1` n’est jamais fermé</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="176"/>
        <source>Alembic Studio cannot read the string at line %1</source>
        <translation>Alembic Studio ne sait pas lire la chaîne à la ligne %1</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="193"/>
        <source>this Mako construct is never closed</source>
        <translation>cette construction Mako n’est jamais fermée</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="213"/>
        <source>Alembic Studio cannot render `${%1}`: it knows the filters n, str, trim and comma only</source>
        <translation>Alembic Studio ne sait pas rendre `${%1}`&#xa0;: il ne connaît que les filtres n, str, trim et comma</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="226"/>
        <source>Alembic Studio cannot render Mako&apos;s `&lt;%%%1` tags</source>
        <translation>Alembic Studio ne sait pas rendre les balises `&lt;%%%1` de Mako</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="238"/>
        <source>Alembic Studio cannot render `%1`: of module-level code it runs `import re` only</source>
        <translation>Alembic Studio ne sait pas rendre `%1`&#xa0;: du code au niveau du module, il n’exécute que `import re`</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="246"/>
        <source>Alembic Studio cannot render `%1`: of Python blocks it runs `name = expression` only</source>
        <translation>Alembic Studio ne sait pas rendre `%1`&#xa0;: des blocs Python, il n’exécute que `name = expression`</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="264"/>
        <source>`%% end%1` closes nothing Alembic Studio opened</source>
        <translation>`%% end%1` ne ferme rien de ce qu’Alembic Studio a ouvert</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="270"/>
        <source>control lines nest too deeply</source>
        <translation>lignes de contrôle trop profondément imbriquées</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="272"/>
        <location filename="../migrations/scripttemplate.cpp" line="291"/>
        <source>Alembic Studio cannot render the control line `%% %1`</source>
        <translation>Alembic Studio ne sait pas rendre la ligne de contrôle `%% %1`</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="279"/>
        <source>Alembic Studio cannot render `%% %1`: it loops over one name only</source>
        <translation>Alembic Studio ne sait pas rendre `%% %1`&#xa0;: il ne boucle que sur un seul nom</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="295"/>
        <source>`%% %1` after `%% else`</source>
        <translation>`%% %1` après `%% else`</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="299"/>
        <source>Alembic Studio cannot render the control line `%% %1`: it knows if, elif, else and for</source>
        <translation>Alembic Studio ne sait pas rendre la ligne de contrôle `%% %1`&#xa0;: il connaît if, elif, else et for</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="341"/>
        <source>`%% for %1 in …` loops over something that is not a sequence</source>
        <translation>`%% for %1 in …` boucle sur quelque chose qui n’est pas une séquence</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="379"/>
        <source>`%1` does not give a string</source>
        <translation>`%1` ne donne pas une chaîne</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="391"/>
        <source>Alembic Studio cannot render `%1` used as a value</source>
        <translation>Alembic Studio ne sait pas rendre `%1` utilisé comme valeur</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="398"/>
        <source>%1() is given something that is not a string, on which Python fails</source>
        <translation>%1() reçoit quelque chose qui n’est pas une chaîne, ce sur quoi Python échoue</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="428"/>
        <source>Alembic Studio cannot compare `%1`, which Alembic does not pass</source>
        <translation>Alembic Studio ne sait pas comparer `%1`, qu’Alembic ne transmet pas</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="437"/>
        <source>Alembic Studio renders `is` against None only</source>
        <translation>Alembic Studio ne rend `is` que face à None</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="444"/>
        <source>%1() takes one argument here</source>
        <translation>%1() prend ici un seul argument</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="464"/>
        <source>context.get() takes a name and a default</source>
        <translation>context.get() prend un nom et une valeur par défaut</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="473"/>
        <source>config.get_main_option() takes a name and a default</source>
        <translation>config.get_main_option() prend un nom et une valeur par défaut</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="475"/>
        <source>config.get_main_option() needs an alembic.ini, and this project has none</source>
        <translation>config.get_main_option() a besoin d’un alembic.ini, et ce projet n’en a pas</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="482"/>
        <source>`re` is used without `&lt;%%! import re %%&gt;`</source>
        <translation>`re` est utilisé sans `&lt;%%! import re %%&gt;`</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="484"/>
        <source>Alembic Studio renders re.split(pattern, string) only</source>
        <translation>Alembic Studio ne rend que re.split(pattern, string)</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="489"/>
        <source>Alembic Studio cannot split with the pattern %1</source>
        <translation>Alembic Studio ne sait pas découper avec le motif %1</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="497"/>
        <source>Alembic Studio cannot split with a pattern that matches nothing</source>
        <translation>Alembic Studio ne sait pas découper avec un motif qui ne correspond à rien</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="509"/>
        <source>Alembic Studio renders `&quot;…%%s…&quot; %% value` with one value only</source>
        <translation>Alembic Studio ne rend `&quot;…%%s…&quot; %% value` qu’avec une seule valeur</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="525"/>
        <location filename="../migrations/scripttemplate.cpp" line="529"/>
        <source>Alembic Studio renders %%s and %%r with one value only</source>
        <translation>Alembic Studio ne rend %%s et %%r qu’avec une seule valeur</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="548"/>
        <source>the template declares the encoding %1; Alembic Studio reads templates as UTF-8</source>
        <translation>le modèle déclare l’encodage %1&#xa0;; Alembic Studio lit les modèles en UTF-8</translation>
    </message>
    <message>
        <location filename="../migrations/scripttemplate.cpp" line="560"/>
        <source>%1 line %2: %3 (Alembic Studio renders only what the templates of `alembic init` use)</source>
        <translation>%1 ligne %2&#xa0;: %3 (Alembic Studio ne rend que ce qu’utilisent les modèles de `alembic init`)</translation>
    </message>
    <message>
        <location filename="../migrations/templateexpression.cpp" line="107"/>
        <source>Alembic Studio cannot render `%1`</source>
        <translation>Alembic Studio ne sait pas rendre `%1`</translation>
    </message>
    <message>
        <location filename="../migrations/templateexpression.cpp" line="116"/>
        <source>`%1` is too long</source>
        <translation>`%1` est trop long</translation>
    </message>
    <message>
        <location filename="../migrations/templateexpression.cpp" line="196"/>
        <location filename="../migrations/templateexpression.cpp" line="228"/>
        <source>`%1` nests too deeply</source>
        <translation>`%1` est trop profondément imbriqué</translation>
    </message>
    <message>
        <location filename="../migrations/templateexpression.cpp" line="352"/>
        <source>`%1` names something Alembic does not pass to the template: Mako would fail to print it</source>
        <translation>`%1` nomme quelque chose qu’Alembic ne transmet pas au modèle&#xa0;: Mako échouerait à l’afficher</translation>
    </message>
    <message>
        <location filename="../migrations/templateexpression.cpp" line="382"/>
        <source>comma() of `%1` joins something that is not a string</source>
        <translation>comma() de `%1` joint quelque chose qui n’est pas une chaîne</translation>
    </message>
    <message>
        <location filename="../migrations/templateexpression.cpp" line="387"/>
        <source>comma() cannot format `%1`</source>
        <translation>comma() ne sait pas formater `%1`</translation>
    </message>
</context>
<context>
    <name>Migrations::TextFile</name>
    <message>
        <location filename="../migrations/textfile.cpp" line="134"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../migrations/textfile.cpp" line="146"/>
        <source>Cannot read %1: it is not UTF-8 text (invalid byte at offset %2)</source>
        <translation>Impossible de lire %1&#xa0;: ce n’est pas du texte UTF-8 (octet invalide à la position %2)</translation>
    </message>
    <message>
        <location filename="../migrations/textfile.cpp" line="159"/>
        <location filename="../migrations/textfile.cpp" line="167"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Studio::ConnectionChooser</name>
    <message>
        <location filename="../ui/connectionchooser.cpp" line="24"/>
        <source>The database the project is run against</source>
        <translation>La base de données sur laquelle le projet s’exécute</translation>
    </message>
    <message>
        <location filename="../ui/connectionchooser.cpp" line="53"/>
        <source>%1 (protected)</source>
        <translation>%1 (protégée)</translation>
    </message>
    <message>
        <location filename="../ui/connectionchooser.cpp" line="60"/>
        <source>Manage Connections…</source>
        <translation>Gérer les connexions…</translation>
    </message>
</context>
<context>
    <name>Studio::ConnectionEditor</name>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="55"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="104"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="110"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="114"/>
        <source>app.db (relative to the project&apos;s folder), or an absolute path</source>
        <translation>app.db (relatif au dossier du projet), ou un chemin absolu</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="116"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="120"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="123"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="124"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="126"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="129"/>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="130"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="134"/>
        <source>Data&amp;base name:</source>
        <translation>Nom de la b&amp;ase&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="138"/>
        <source>The SQLAlchemy URL, as in alembic.ini&apos;s sqlalchemy.url. A password typed here is moved to the password field.</source>
        <translation>L’URL SQLAlchemy, comme sqlalchemy.url dans alembic.ini. Un mot de passe saisi ici est déplacé dans le champ du mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="140"/>
        <source>UR&amp;L:</source>
        <translation>UR&amp;L&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="146"/>
        <source>None: steps only Python can run are refused</source>
        <translation>Aucun&#xa0;: les étapes Python sont refusées</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="147"/>
        <source>The Python that runs the steps Alembic Studio cannot run natively. It needs Alembic and the database&apos;s driver.</source>
        <translation>Le Python qui exécute les étapes qu’Alembic Studio ne sait pas exécuter nativement. Il lui faut Alembic et le pilote de la base.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="149"/>
        <source>P&amp;ython:</source>
        <translation>P&amp;ython&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="151"/>
        <source>&amp;Protected: a shared or production database</source>
        <translation>Prot&amp;égée&#xa0;: une base partagée ou de production</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="153"/>
        <source>Reset is disabled on a protected database, and runs ask for a stronger confirmation.</source>
        <translation>La réinitialisation est désactivée sur une base protégée, et les exécutions demandent une confirmation renforcée.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="160"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="202"/>
        <source>No system keychain is available (%1): the password is kept until Alembic Studio quits.</source>
        <translation>Aucun trousseau système disponible (%1)&#xa0;: le mot de passe est conservé jusqu’à la fermeture d’Alembic Studio.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="385"/>
        <source>Enter a URL or fill in the fields.</source>
        <translation>Saisissez une URL ou remplissez les champs.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="413"/>
        <source>SQLite Database</source>
        <translation>Base de données SQLite</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="414"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases de données SQLite (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="424"/>
        <source>Python Interpreter</source>
        <translation>Interpréteur Python</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="458"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="469"/>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <location filename="../ui/connectioneditor.cpp" line="469"/>
        <source>Connected: %1.</source>
        <translation>Connecté&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Studio::ConnectionProfile</name>
    <message>
        <location filename="../ui/connectionprofile.cpp" line="50"/>
        <source>Scribes sample (SQLite)</source>
        <translation>Exemple Scribes (SQLite)</translation>
    </message>
</context>
<context>
    <name>Studio::ConnectionProfileModel</name>
    <message>
        <location filename="../ui/connectionprofile.cpp" line="146"/>
        <source>%1 (protected)</source>
        <translation>%1 (protégée)</translation>
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
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionresolver.cpp" line="34"/>
        <source>Enter the password of user &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt; (connection “%3”).</source>
        <translation>Saisissez le mot de passe de l’utilisateur &lt;b&gt;%1&lt;/b&gt; sur &lt;b&gt;%2&lt;/b&gt; (connexion «&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../ui/connectionresolver.cpp" line="52"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/connectionresolver.cpp" line="55"/>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Retenir dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/connectionresolver.cpp" line="61"/>
        <source>No system keychain is available: the password is kept until Alembic Studio quits, and asked again next time.</source>
        <translation>Aucun trousseau système disponible&#xa0;: le mot de passe est conservé jusqu’à la fermeture d’Alembic Studio, puis redemandé la fois suivante.</translation>
    </message>
    <message>
        <location filename="../ui/connectionresolver.cpp" line="154"/>
        <source>The connection “%1” cannot be used: %2</source>
        <translation>La connexion «&#xa0;%1&#xa0;» est inutilisable&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Studio::ConnectionsDialog</name>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="27"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="39"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="41"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="43"/>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="116"/>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="126"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="147"/>
        <source>Remove Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="148"/>
        <source>Remove the connection “%1”? Its password is removed from the keychain too; the database itself is not touched.</source>
        <translation>Supprimer la connexion «&#xa0;%1&#xa0;»&#xa0;? Son mot de passe est aussi retiré du trousseau&#xa0;; la base elle-même n’est pas touchée.</translation>
    </message>
    <message>
        <location filename="../ui/connectionsdialog.cpp" line="153"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Studio::FindBar</name>
    <message>
        <location filename="../ui/findbar.cpp" line="20"/>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="22"/>
        <source>Find in the script</source>
        <translation>Rechercher dans le script</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="25"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="26"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="28"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="29"/>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="32"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="127"/>
        <source>Not found in the script</source>
        <translation>Introuvable dans le script</translation>
    </message>
</context>
<context>
    <name>Studio::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <location filename="../ui/mainwindow.cpp" line="152"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>SQL File</source>
        <translation>Fichier SQL</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>Open an .sql file (File ▸ Open File) to read it here.</source>
        <translation>Ouvrez un fichier .sql (Fichier ▸ Ouvrir un fichier) pour le lire ici.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>Open &amp;Project…</source>
        <translation>Ouvrir un &amp;projet…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>Open an Alembic project: its alembic.ini, pyproject.toml or folder</source>
        <translation>Ouvrir un projet Alembic&#xa0;: son alembic.ini, son pyproject.toml ou son dossier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Open &amp;Sample Project</source>
        <translation>Ouvrir le projet d’e&amp;xemple</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>Open the Scribes backend sample on a local SQLite database</source>
        <translation>Ouvrir l’exemple de backend Scribes sur une base SQLite locale</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>&amp;Reload Project</source>
        <translation>&amp;Recharger le projet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <source>Open &amp;File…</source>
        <translation>Ouvrir un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>Open a revision script or an SQL file</source>
        <translation>Ouvrir un script de révision ou un fichier SQL</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>Save the revision script</source>
        <translation>Enregistrer le script de révision</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>&amp;System</source>
        <translation>S&amp;ystème</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers ré&amp;cents</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>&amp;Find in Script…</source>
        <translation>Rec&amp;hercher dans le script…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="245"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>&amp;Revision</source>
        <translation>&amp;Révision</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270"/>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>&amp;Color Scheme</source>
        <translation>&amp;Thème de couleurs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="292"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="293"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>Show the welcome again: what Alembic Studio is for</source>
        <translation>Afficher de nouveau l’accueil&#xa0;: à quoi sert Alembic Studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="299"/>
        <source>&amp;About Alembic Studio</source>
        <translation>À &amp;propos d’Alembic Studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="301"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="307"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="325"/>
        <location filename="../ui/mainwindow.cpp" line="327"/>
        <source>Ln %1, Col %2</source>
        <translation>Lig. %1, col. %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="328"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>A Run Is Going</source>
        <translation>Une exécution est en cours</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>Closing stops the run: what it has not committed is rolled back.</source>
        <translation>Fermer arrête l’exécution&#xa0;: ce qu’elle n’a pas validé est annulé (rollback).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>%1[*] — Alembic Studio</source>
        <translation>%1[*] — Alembic Studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>%1[*] — %2 — Alembic Studio</source>
        <translation>%1[*] — %2 — Alembic Studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>Database passwords are kept in the system keychain.</source>
        <translation>Les mots de passe des bases sont conservés dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>No system keychain was found: database passwords are asked for each session and never stored.</source>
        <translation>Aucun trousseau système trouvé&#xa0;: les mots de passe des bases sont demandés à chaque session et jamais enregistrés.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="397"/>
        <source>About Alembic Studio</source>
        <translation>À propos d’Alembic Studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>&lt;h3&gt;Alembic Studio %1&lt;/h3&gt;&lt;p&gt;A desktop manager for Alembic database migrations: browse the revision history, review the SQL of every step before it runs, and apply it.&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;Built with Qt %2, QScintilla %3 and KSyntaxHighlighting %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Alembic Studio %1&lt;/h3&gt;&lt;p&gt;Un gestionnaire de bureau pour les migrations de bases de données Alembic&#xa0;: parcourir l’historique des révisions, revoir le SQL de chaque étape avant qu’elle ne s’exécute, puis l’appliquer.&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;Construit avec Qt %2, QScintilla %3 et KSyntaxHighlighting %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnection.cpp" line="41"/>
        <source>The database the graph, the review and the runs are about</source>
        <translation>La base de données que concernent le graphe, la revue et les exécutions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnection.cpp" line="69"/>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Aucune connexion ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnection.cpp" line="83"/>
        <source>%1 (alembic.ini)</source>
        <translation>%1 (alembic.ini)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowconnection.cpp" line="88"/>
        <source>The project&apos;s sqlalchemy.url cannot be used: %1</source>
        <translation>Le sqlalchemy.url du projet est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="57"/>
        <source>Cannot Open the Sample</source>
        <translation>Impossible d’ouvrir l’exemple</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="62"/>
        <source>Re&amp;fresh Database State</source>
        <translation>A&amp;ctualiser l’état de la base</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="64"/>
        <source>Read alembic_version again</source>
        <translation>Relire alembic_version</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="78"/>
        <source>&amp;Upgrade to Heads…</source>
        <translation>&amp;Upgrade vers les têtes…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="80"/>
        <source>Review, then run every pending upgrade</source>
        <translation>Revoir, puis exécuter chaque upgrade en attente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="81"/>
        <source>Upgrade &amp;One Step…</source>
        <translation>Upgrade d’une ét&amp;ape…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="83"/>
        <source>&amp;Downgrade One Step…</source>
        <translation>&amp;Downgrade d’une étape…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="86"/>
        <source>Downgrade to &amp;Base…</source>
        <translation>Downgrade jusqu’à la &amp;base…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="89"/>
        <source>Rese&amp;t Database…</source>
        <translation>Réini&amp;tialiser la base…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="91"/>
        <source>Downgrade to base, then upgrade to the heads</source>
        <translation>Downgrade jusqu’à base, puis upgrade vers les têtes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="93"/>
        <source>Reset to the Selected Re&amp;vision…</source>
        <translation>Réinitialiser jusqu’à la ré&amp;vision sélectionnée…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="94"/>
        <source>Downgrade to base, then upgrade to the revision selected in the graph</source>
        <translation>Downgrade jusqu’à base, puis upgrade vers la révision sélectionnée dans le graphe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="99"/>
        <source>Undo &amp;Reset</source>
        <translation>Annuler la &amp;réinitialisation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="100"/>
        <source>Put back the database file as it was before the last reset</source>
        <translation>Remettre le fichier de la base tel qu’il était avant la dernière réinitialisation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="111"/>
        <source>Open Alembic Project</source>
        <translation>Ouvrir un projet Alembic</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="112"/>
        <source>Alembic configuration (alembic.ini *.ini pyproject.toml);;All files (*)</source>
        <translation>Configuration Alembic (alembic.ini *.ini pyproject.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="119"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowdatabase.cpp" line="144"/>
        <source>Opened %1: %n revision(s).</source>
        <translation>
            <numerusform>%1 ouvert&#xa0;: %n révision.</numerusform>
            <numerusform>%1 ouvert&#xa0;: %n révisions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="162"/>
        <source>Cannot open the project: %1: %2</source>
        <translation>Impossible d’ouvrir le projet&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="199"/>
        <source>No database</source>
        <translation>Aucune base de données</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="200"/>
        <source>The project names no database: choose a connection.</source>
        <translation>Le projet ne nomme aucune base&#xa0;: choisissez une connexion.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="206"/>
        <source>%1: reading…</source>
        <translation>%1&#xa0;: lecture…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="210"/>
        <source>%1: not reachable</source>
        <translation>%1&#xa0;: injoignable</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="217"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="220"/>
        <source>%1 at %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowdatabase.cpp" line="225"/>
        <source>%1 at %2 · %n pending</source>
        <translation>
            <numerusform>%1&#xa0;: %2 · %n en attente</numerusform>
            <numerusform>%1&#xa0;: %2 · %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="240"/>
        <source>%1 is protected: it cannot be reset from here.</source>
        <translation>%1 est protégée&#xa0;: elle ne peut pas être réinitialisée d’ici.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="264"/>
        <source>Protected Database</source>
        <translation>Base de données protégée</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="265"/>
        <source>%1 is marked protected (shared or production): Alembic Studio does not reset it.</source>
        <translation>%1 est marquée protégée (partagée ou de production)&#xa0;: Alembic Studio ne la réinitialise pas.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="272"/>
        <source>The database file is copied aside first: Database ▸ Undo Reset puts it back.</source>
        <translation>Le fichier de la base est d’abord copié de côté&#xa0;: Base de données ▸ Annuler la réinitialisation le remet en place.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="273"/>
        <source>This cannot be undone: every table the migrations made is dropped, with its rows.</source>
        <translation>Cette opération est irréversible&#xa0;: chaque table créée par les migrations est supprimée, avec ses lignes.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="276"/>
        <location filename="../ui/mainwindowdatabase.cpp" line="288"/>
        <source>Reset Database</source>
        <translation>Réinitialiser la base</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="277"/>
        <source>Reset %1?

Every migration is downgraded to base, then upgraded to %2.

%3</source>
        <translation>Réinitialiser %1&#xa0;?

Chaque migration est ramenée à base par downgrade, puis un upgrade mène à %2.

%3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="288"/>
        <source>Nothing was reset: %1</source>
        <translation>Rien n’a été réinitialisé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="309"/>
        <source>Undo Reset</source>
        <translation>Annuler la réinitialisation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="313"/>
        <source>The database is back as it was before the reset.</source>
        <translation>La base est revenue à son état d’avant la réinitialisation.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="322"/>
        <source>The database was reset. Database ▸ Undo Reset puts it back.</source>
        <translation>La base a été réinitialisée. Base de données ▸ Annuler la réinitialisation la remet en place.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdatabase.cpp" line="323"/>
        <source>The database was reset.</source>
        <translation>La base a été réinitialisée.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowrevision.cpp" line="27"/>
        <source>&amp;New Revision…</source>
        <translation>&amp;Nouvelle révision…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowrevision.cpp" line="29"/>
        <source>Write a new revision script, as `alembic revision -m` does</source>
        <translation>Écrire un nouveau script de révision, comme le fait `alembic revision -m`</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowrevision.cpp" line="31"/>
        <source>&amp;Merge Heads…</source>
        <translation>&amp;Fusionner les têtes…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowrevision.cpp" line="33"/>
        <source>Write a merge revision of the heads, as `alembic merge` does</source>
        <translation>Écrire une révision de fusion des têtes, comme le fait `alembic merge`</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowrevision.cpp" line="86"/>
        <source>The script being edited stays open: save it to follow the graph.</source>
        <translation>Le script en cours d’édition reste ouvert&#xa0;: enregistrez-le pour suivre le graphe.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowrevision.cpp" line="125"/>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="27"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="28"/>
        <source>Revision scripts and SQL (*.py *.sql);;Revision scripts (*.py);;SQL (*.sql);;All files (*)</source>
        <translation>Scripts de révision et SQL (*.py *.sql);;Scripts de révision (*.py);;SQL (*.sql);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="31"/>
        <location filename="../ui/mainwindowscript.cpp" line="70"/>
        <source>Cannot Open File</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="61"/>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="89"/>
        <source>Revision %1 is not in the project.</source>
        <translation>La révision %1 n’est pas dans le projet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="118"/>
        <source>Save Revision Script</source>
        <translation>Enregistrer le script de révision</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="119"/>
        <source>Revision scripts (*.py)</source>
        <translation>Scripts de révision (*.py)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="127"/>
        <source>Cannot Save File</source>
        <translation>Impossible d’enregistrer le fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="133"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="141"/>
        <source>The new script</source>
        <translation>Le nouveau script</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="143"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowscript.cpp" line="143"/>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 contient des modifications non enregistrées.</translation>
    </message>
</context>
<context>
    <name>Studio::MergeDialog</name>
    <message>
        <location filename="../ui/mergedialog.cpp" line="30"/>
        <source>Merge Heads</source>
        <translation>Fusionner les têtes</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="32"/>
        <source>Heads to merge</source>
        <translation>Têtes à fusionner</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="34"/>
        <source>empty message</source>
        <translation>message vide</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="36"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="38"/>
        <source>%1 (generated)</source>
        <translation>%1 (généré)</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="59"/>
        <source>&amp;Heads:</source>
        <translation>&amp;Têtes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="60"/>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="61"/>
        <source>Branch &amp;label:</source>
        <translation>&amp;Étiquette de branche&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="62"/>
        <source>Revision &amp;ID:</source>
        <translation>&amp;ID de révision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="64"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="144"/>
        <source>The project has only one head: there is nothing to merge.</source>
        <translation>Le projet n’a qu’une seule tête&#xa0;: il n’y a rien à fusionner.</translation>
    </message>
    <message>
        <location filename="../ui/mergedialog.cpp" line="145"/>
        <source>Check at least two heads to merge.</source>
        <translation>Cochez au moins deux têtes à fusionner.</translation>
    </message>
</context>
<context>
    <name>Studio::NewRevisionDialog</name>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="51"/>
        <source>New Revision</source>
        <translation>Nouvelle révision</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="53"/>
        <source>empty message</source>
        <translation>message vide</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="56"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="58"/>
        <source>revisions or labels, separated by spaces</source>
        <translation>révisions ou étiquettes, séparées par des espaces</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="60"/>
        <source>%1 (generated)</source>
        <translation>%1 (généré)</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="67"/>
        <source>base — a new root, with no parent</source>
        <translation>base — une nouvelle racine, sans parent</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="69"/>
        <source>Where Alembic puts it</source>
        <translation>Où Alembic la place</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="76"/>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="77"/>
        <source>&amp;Based on:</source>
        <translation>&amp;Basée sur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="78"/>
        <source>Branch &amp;label:</source>
        <translation>&amp;Étiquette de branche&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="79"/>
        <source>&amp;Depends on:</source>
        <translation>&amp;Dépend de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="80"/>
        <source>Revision &amp;ID:</source>
        <translation>&amp;ID de révision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="81"/>
        <source>&amp;Version location:</source>
        <translation>Emplacement de &amp;version&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="87"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location filename="../ui/newrevisiondialog.cpp" line="175"/>
        <source>A new root has no head to take its folder from: choose its version location.</source>
        <translation>Une nouvelle racine n’a pas de tête dont reprendre le dossier&#xa0;: choisissez son emplacement de version.</translation>
    </message>
</context>
<context>
    <name>Studio::ProblemsModel</name>
    <message>
        <location filename="../ui/problemsmodel.cpp" line="90"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../ui/problemsmodel.cpp" line="90"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
</context>
<context>
    <name>Studio::ProblemsPanel</name>
    <message>
        <location filename="../ui/problemspanel.cpp" line="29"/>
        <source>Alembic refuses this revision graph: %1</source>
        <translation>Alembic refuse ce graphe des révisions&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/problemspanel.cpp" line="45"/>
        <source>%1 is one of %2 heads (%3): `upgrade head` fails until they are merged (Revision ▸ Merge Heads).</source>
        <translation>%1 est l’une des %2 têtes (%3)&#xa0;: `upgrade head` échoue tant qu’elles ne sont pas fusionnées (Révision ▸ Fusionner les têtes).</translation>
    </message>
    <message>
        <location filename="../ui/problemspanel.cpp" line="153"/>
        <source>Needs Python: %1 — set a Python interpreter on the connection to run this step.</source>
        <translation>Nécessite Python&#xa0;: %1 — définissez un interpréteur Python sur la connexion pour exécuter cette étape.</translation>
    </message>
    <message>
        <location filename="../ui/problemspanel.cpp" line="190"/>
        <source>The database&apos;s schema could not be compared: %1</source>
        <translation>Le schéma de la base n’a pas pu être comparé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/problemspanel.cpp" line="198"/>
        <source>Drift: %1</source>
        <translation>Dérive&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/problemspanel.cpp" line="220"/>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
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
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/problemspanel.cpp" line="222"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Studio::ReviewPanel</name>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="67"/>
        <source>Copy All</source>
        <translation>Tout copier</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="68"/>
        <source>Save as .sql…</source>
        <translation>Enregistrer en .sql…</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="82"/>
        <source>Upgrade SQL</source>
        <translation>SQL d’upgrade</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="83"/>
        <source>Downgrade SQL</source>
        <translation>SQL de downgrade</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="84"/>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="85"/>
        <location filename="../ui/reviewpanel.cpp" line="185"/>
        <location filename="../ui/reviewpanel.cpp" line="256"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="88"/>
        <source>Save the SQL of this direction as a .sql file</source>
        <translation>Enregistrer le SQL de ce sens dans un fichier .sql</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="104"/>
        <source>Copy the whole text of this tab (%1); Ctrl+C copies the selection</source>
        <translation>Copier tout le texte de cet onglet (%1)&#xa0;; Ctrl+C copie la sélection</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="180"/>
        <source>Select a revision to review its SQL.</source>
        <translation>Sélectionnez une révision pour revoir son SQL.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="203"/>
        <source>Reviewing…</source>
        <translation>Revue en cours…</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="256"/>
        <source>Warnings (%1)</source>
        <translation>Avertissements (%1)</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="270"/>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="273"/>
        <source>counting…</source>
        <translation>comptage…</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="304"/>
        <source>not counted: %1</source>
        <translation>non compté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="318"/>
        <source>(%1 now)</source>
        <translation>(%1 actuellement)</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="355"/>
        <location filename="../ui/reviewpanel.cpp" line="360"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="373"/>
        <location filename="../ui/reviewpanel.cpp" line="379"/>
        <source>Save SQL</source>
        <translation>Enregistrer le SQL</translation>
    </message>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="374"/>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>Fichiers SQL (*.sql);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Studio::ReviewSchemaPage</name>
    <message>
        <location filename="../ui/reviewpages.cpp" line="154"/>
        <source>Table / column</source>
        <translation>Table / colonne</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="154"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="154"/>
        <location filename="../ui/reviewpages.cpp" line="159"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="154"/>
        <location filename="../ui/reviewpages.cpp" line="158"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="191"/>
        <source>+ added</source>
        <translation>+ ajouté</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="193"/>
        <source>− removed</source>
        <translation>− supprimé</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="195"/>
        <source>~ changed</source>
        <translation>~ modifié</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="217"/>
        <source>No table changes.</source>
        <translation>Aucune modification de table.</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="220"/>
        <source>The schema model could not follow:</source>
        <translation>Le modèle de schéma n’a pas pu suivre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="236"/>
        <source>CREATE statements of the whole schema:</source>
        <translation>Instructions CREATE de tout le schéma&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="241"/>
        <source>CREATE statements of %1:</source>
        <translation>Instructions CREATE de %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="244"/>
        <source>-- %1 is not there after.
</source>
        <translation>-- %1 n’existe plus après.
</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="244"/>
        <source>-- %1 is not there before.
</source>
        <translation>-- %1 n’existe pas avant.
</translation>
    </message>
</context>
<context>
    <name>Studio::ReviewSqlPage</name>
    <message>
        <location filename="../ui/reviewpages.cpp" line="114"/>
        <source>Python engine: %1 (%2)</source>
        <translation>Moteur Python&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="117"/>
        <source>Cannot run: %1 needs Python and no interpreter is configured (%2)</source>
        <translation>Exécution impossible&#xa0;: %1 nécessite Python et aucun interpréteur n’est configuré (%2)</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="123"/>
        <source>Engine: native</source>
        <translation>Moteur&#xa0;: natif</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="125"/>
        <source>Engine: native, except:</source>
        <translation>Moteur&#xa0;: natif, sauf&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Studio::ReviewWarningsPage</name>
    <message>
        <location filename="../ui/reviewpages.cpp" line="255"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="255"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="255"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="255"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="255"/>
        <source>What it does</source>
        <translation>Effet</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="279"/>
        <source>Drops a table</source>
        <translation>Supprime une table</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="281"/>
        <source>Drops a column</source>
        <translation>Supprime une colonne</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="283"/>
        <source>Narrows a type</source>
        <translation>Restreint un type</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="285"/>
        <source>NOT NULL without default</source>
        <translation>NOT NULL sans valeur par défaut</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="287"/>
        <source>Raw SQL</source>
        <translation>SQL brut</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="289"/>
        <source>Not reviewed</source>
        <translation>Non revu</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="297"/>
        <location filename="../ui/reviewpages.cpp" line="367"/>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="297"/>
        <location filename="../ui/reviewpages.cpp" line="368"/>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="315"/>
        <source>%1
%2, revision %3 (double-click to open the script)</source>
        <translation>%1
%2, révision %3 (double-cliquez pour ouvrir le script)</translation>
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
dans %2 (révision %3)</translation>
    </message>
    <message>
        <location filename="../ui/reviewpages.cpp" line="351"/>
        <source>No destructive steps found: nothing is dropped, narrowed or made NOT NULL without a default, either way.</source>
        <translation>Aucune étape destructrice trouvée&#xa0;: rien n’est supprimé, restreint ni rendu NOT NULL sans valeur par défaut, dans un sens comme dans l’autre.</translation>
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
        <translation>tête</translation>
    </message>
</context>
<context>
    <name>Studio::RevisionGraphModel</name>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="290"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="292"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="294"/>
        <source>Applied</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="296"/>
        <source>Current</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="330"/>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="337"/>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="338"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="341"/>
        <source>The revision graph cannot be used: %1</source>
        <translation>Le graphe des révisions est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="343"/>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="345"/>
        <source>Revises: %1</source>
        <translation>Révise&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="347"/>
        <source>Depends on: %1</source>
        <translation>Dépend de&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="349"/>
        <source>Branch labels: %1</source>
        <translation>Étiquettes de branche&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/revisiongraphmodel.cpp" line="354"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="355"/>
        <source>On the branches of: %1</source>
        <translation>Sur les branches de&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="359"/>
        <source>head</source>
        <translation>tête</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="361"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="363"/>
        <source>branch point</source>
        <translation>point de branchement</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="365"/>
        <source>merge point</source>
        <translation>point de fusion</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="367"/>
        <source>broken link: a revision it names is not there</source>
        <translation>lien rompu&#xa0;: une révision qu’elle nomme est absente</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="388"/>
        <source>Broken revision graph: %1</source>
        <translation>Graphe des révisions rompu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="399"/>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="399"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="412"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="442"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="444"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="446"/>
        <source>Branch Labels</source>
        <translation>Étiquettes de branche</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="448"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphmodel.cpp" line="450"/>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Studio::RevisionGraphView</name>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="37"/>
        <source>Filter by message, id or label (Ctrl+F)</source>
        <translation>Filtrer par message, ID ou étiquette (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="39"/>
        <source>Rows that do not match are dimmed; Enter goes to the next match.</source>
        <translation>Les lignes qui ne correspondent pas sont estompées&#xa0;; Entrée passe à l’occurrence suivante.</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="41"/>
        <source>Go to revision (Ctrl+L)</source>
        <translation>Aller à la révision (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="42"/>
        <source>An id or its start, a branch label, head, heads, base, label@head, label@base</source>
        <translation>Un ID ou son début, une étiquette de branche, head, heads, base, label@head, label@base</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="132"/>
        <source>&amp;Upgrade to Here</source>
        <translation>Upgrade &amp;jusqu’ici</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="134"/>
        <source>&amp;Downgrade to Here</source>
        <translation>Do&amp;wngrade jusqu’ici</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="136"/>
        <source>S&amp;tamp Here</source>
        <translation>Sta&amp;mp ici</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="138"/>
        <source>Show &amp;SQL</source>
        <translation>Afficher le &amp;SQL</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="140"/>
        <source>&amp;Open in Editor</source>
        <translation>&amp;Ouvrir dans l’éditeur</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="143"/>
        <source>&amp;Copy Revision ID</source>
        <translation>&amp;Copier l’ID de révision</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="153"/>
        <source>Filter Revisions</source>
        <translation>Filtrer les révisions</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="161"/>
        <source>Go to Revision</source>
        <translation>Aller à la révision</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="243"/>
        <source>The revision graph is broken: %1</source>
        <translation>Le graphe des révisions est rompu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="284"/>
        <source>No project is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="292"/>
        <source>“%1” does not name a revision: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne pas une révision&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="296"/>
        <location filename="../ui/revisiongraphview.cpp" line="301"/>
        <source>“%1” names no revision (it stands for before the first one).</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne aucune révision (il signifie «&#xa0;avant la première&#xa0;»).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/revisiongraphview.cpp" line="308"/>
        <source>“%1” names %n revisions; the first is selected.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» désigne %n révision&#xa0;; elle est sélectionnée.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» désigne %n révisions&#xa0;; la première est sélectionnée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/revisiongraphview.cpp" line="337"/>
        <source>No match</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/revisiongraphview.cpp" line="337"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Studio::RevisionPreview</name>
    <message>
        <location filename="../ui/revisionpreview.cpp" line="46"/>
        <source>Preview of the new revision file</source>
        <translation>Aperçu du nouveau fichier de révision</translation>
    </message>
    <message>
        <location filename="../ui/revisionpreview.cpp" line="62"/>
        <source>Preview of %1:</source>
        <translation>Aperçu de %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/revisionpreview.cpp" line="63"/>
        <source>Preview of %1 (its folder is created too):</source>
        <translation>Aperçu de %1 (son dossier est créé aussi)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/revisionpreview.cpp" line="78"/>
        <source>Nothing can be written yet.</source>
        <translation>Rien ne peut encore être écrit.</translation>
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
        <translation>Upgrade vers %1</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="43"/>
        <source>Downgrade to %1</source>
        <translation>Downgrade vers %1</translation>
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
        <translation>Aucune exécution pour l’instant. Choisissez Upgrade, Downgrade ou Stamp sur une révision du graphe.</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="59"/>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="60"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="66"/>
        <source>Open Script at Statement</source>
        <translation>Ouvrir le script à l’instruction</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="75"/>
        <source>Run the plan shown on the database</source>
        <translation>Exécuter le plan affiché sur la base</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="77"/>
        <source>Stop before the next statement; what is not committed is rolled back</source>
        <translation>S’arrêter avant l’instruction suivante&#xa0;; ce qui n’est pas validé est annulé (rollback)</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="79"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="79"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="79"/>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="79"/>
        <source>Statements</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="79"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="92"/>
        <source>The log of the run and each statement it sends appear here.</source>
        <translation>Le journal de l’exécution et chaque instruction envoyée apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="93"/>
        <source>The SQL of the plan appears here before it runs.</source>
        <translation>Le SQL du plan apparaît ici avant son exécution.</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="171"/>
        <source>%1 on %2 — reading the database…</source>
        <translation>%1 sur %2 — lecture de la base…</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="182"/>
        <source>%1: this run cannot be made.</source>
        <translation>%1&#xa0;: cette exécution est impossible.</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="191"/>
        <location filename="../ui/runview.cpp" line="269"/>
        <location filename="../ui/runview.cpp" line="342"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="194"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="194"/>
        <source>Native</source>
        <translation>Natif</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="198"/>
        <source>run by Alembic in %1; its SQL is known when it runs</source>
        <translation>exécutée par Alembic dans %1&#xa0;; son SQL n’est connu qu’à l’exécution</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="199"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="201"/>
        <source>%1: nothing to do, the database is at %2.</source>
        <translation>%1&#xa0;: rien à faire, la base est déjà à %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runview.cpp" line="204"/>
        <source>%1: %n step(s) from %2. Review them, then press Run.</source>
        <translation>
            <numerusform>%1&#xa0;: %n étape depuis %2. Revoyez-la, puis cliquez sur Exécuter.</numerusform>
            <numerusform>%1&#xa0;: %n étapes depuis %2. Revoyez-les, puis cliquez sur Exécuter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="254"/>
        <source>%1 — running…</source>
        <translation>%1 — en cours…</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="282"/>
        <location filename="../ui/runview.cpp" line="342"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="288"/>
        <location filename="../ui/runview.cpp" line="346"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="324"/>
        <source>The database is at base.</source>
        <translation>La base de données est à base (aucune révision appliquée).</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="325"/>
        <source>The database is at %1.</source>
        <translation>La base est à %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runview.cpp" line="329"/>
        <source>Finished: %n step(s) in %1.</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n étape en %1.</numerusform>
            <numerusform>Terminé&#xa0;: %n étapes en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="345"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="345"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="347"/>
        <source>Rolled back</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="350"/>
        <source>Cancelled after %1.</source>
        <translation>Annulée après %1.</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="351"/>
        <source>Failed after %1.</source>
        <translation>Échouée après %1.</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="354"/>
        <source>Statement %1 of revision %2:</source>
        <translation>Instruction %1 de la révision %2&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="360"/>
        <source>The database said:</source>
        <translation>La base a répondu&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runview.cpp" line="362"/>
        <source>%n statement(s) had been committed as they ran and were not rolled back.</source>
        <translation>
            <numerusform>%n instruction avait été validée à son exécution et n’a pas été annulée.</numerusform>
            <numerusform>%n instructions avaient été validées à leur exécution et n’ont pas été annulées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runview.cpp" line="372"/>
        <source>The run was refused; nothing ran.</source>
        <translation>L’exécution a été refusée&#xa0;; rien n’a été exécuté.</translation>
    </message>
</context>
<context>
    <name>Studio::SampleProject</name>
    <message>
        <location filename="../ui/sampleproject.cpp" line="44"/>
        <source>Cannot copy the sample project to %1.</source>
        <translation>Impossible de copier le projet d’exemple vers %1.</translation>
    </message>
</context>
<context>
    <name>Studio::WelcomePanel</name>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="22"/>
        <source>&amp;Open Project…</source>
        <translation>Ouvrir un &amp;projet…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="23"/>
        <source>&amp;Got It</source>
        <translation>&amp;Compris</translation>
    </message>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="26"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="32"/>
        <source>Welcome to Alembic Studio</source>
        <translation>Bienvenue dans Alembic Studio</translation>
    </message>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="47"/>
        <source>The sample project (File ▸ Open Sample Project) has a SQLite database of its own: try anything on it.</source>
        <translation>Le projet d’exemple (Fichier ▸ Ouvrir le projet d’exemple) a sa propre base SQLite, pour tout essayer.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="50"/>
        <source>&lt;b&gt;Browse the migration history&lt;/b&gt;: heads, branches, and what the database has applied.</source>
        <translation>&lt;b&gt;Parcourir l’historique des migrations&lt;/b&gt;&#xa0;: les têtes, les branches, et ce que la base a appliqué.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="51"/>
        <source>&lt;b&gt;Review before applying&lt;/b&gt;: select a revision and read its SQL for this database in Review (F7).</source>
        <translation>&lt;b&gt;Revoir avant d’appliquer&lt;/b&gt;&#xa0;: sélectionnez une révision et lisez son SQL pour cette base dans Revue (F7).</translation>
    </message>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="53"/>
        <source>&lt;b&gt;Reset a development database&lt;/b&gt;: Database ▸ Reset Database (Ctrl+Shift+R), with Undo Reset on SQLite.</source>
        <translation>&lt;b&gt;Réinitialiser une base de développement&lt;/b&gt;&#xa0;: Base de données ▸ Réinitialiser la base (Ctrl+Maj+R), avec Annuler la réinitialisation sous SQLite.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="56"/>
        <source>Your own project: File ▸ Open Project (Ctrl+O), then its alembic.ini, pyproject.toml or folder.</source>
        <translation>Votre propre projet&#xa0;: Fichier ▸ Ouvrir un projet (Ctrl+O), puis son alembic.ini, son pyproject.toml ou son dossier.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="86"/>
        <source>Close the welcome (Esc); Help ▸ Welcome shows it again</source>
        <translation>Fermer l’accueil (Échap)&#xa0;; Aide ▸ Bienvenue l’affiche de nouveau</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="101"/>
        <source>cannot write the screenshot to %1</source>
        <translation>impossible d’écrire la capture d’écran dans %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="126"/>
        <source>A desktop manager for Alembic database migrations.</source>
        <translation>Un gestionnaire de bureau pour les migrations de bases de données Alembic.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="132"/>
        <source>Lay the window out, save a PNG picture of it to &lt;file&gt; and exit.</source>
        <translation>Disposer la fenêtre, en enregistrer une image PNG dans &lt;fichier&gt; et quitter.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="133"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="135"/>
        <source>Window size, e.g. 1280x800.</source>
        <translation>Taille de la fenêtre, par ex. 1280x800.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="136"/>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="139"/>
        <source>Color scheme for this run: system, light or dark.</source>
        <translation>Thème de couleurs pour ce lancement&#xa0;: system, light ou dark.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="140"/>
        <source>scheme</source>
        <translation>thème</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="142"/>
        <source>Language of the interface, e.g. de or fr.</source>
        <translation>Langue de l’interface, par ex. de ou fr.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="143"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="146"/>
        <source>The connection profile to open the project on, by its name.</source>
        <translation>Le profil de connexion avec lequel ouvrir le projet, désigné par son nom.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="147"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="151"/>
        <source>The Alembic project to open (its alembic.ini, pyproject.toml or folder), and revision scripts (.py) or SQL files (.sql) to open in it. Without a project, the last one opened, or the sample.</source>
        <translation>Le projet Alembic à ouvrir (son alembic.ini, son pyproject.toml ou son dossier), et des scripts de révision (.py) ou fichiers SQL (.sql) à y ouvrir. Sans projet&#xa0;: le dernier ouvert, ou l’exemple.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="161"/>
        <source>--size wants WIDTHxHEIGHT, such as 1280x800, not &quot;%1&quot;.</source>
        <translation>--size attend LARGEURxHAUTEUR, comme 1280x800, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="169"/>
        <source>--color-scheme is system, light or dark, not &quot;%1&quot;.</source>
        <translation>--color-scheme vaut system, light ou dark, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="185"/>
        <source>Only one project can be opened: &quot;%1&quot; is a second.</source>
        <translation>Un seul projet peut être ouvert&#xa0;: «&#xa0;%1&#xa0;» en serait un second.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="219"/>
        <source>Cannot open the project %1: %2</source>
        <translation>Impossible d’ouvrir le projet %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="228"/>
        <source>Cannot Open File</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
</context>
</TS>
