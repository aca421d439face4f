<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApelView</name>
    <message numerus="yes">
        <location filename="../../ui/apel_view.py" line="252"/>
        <source>%n places filled.</source>
        <translation>
            <numerusform>%n place filled.</numerusform>
            <numerusform>%n places filled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutoAssignDialog</name>
    <message numerus="yes">
        <location filename="../../ui/auto_assign_dialog.py" line="221"/>
        <source>%n members become danpos.</source>
        <translation>
            <numerusform>%n member becomes danpos.</numerusform>
            <numerusform>%n members become danpos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/auto_assign_dialog.py" line="238"/>
        <source>Auto-assign (%n people)</source>
        <translation>
            <numerusform>Auto-assign (%n person)</numerusform>
            <numerusform>Auto-assign (%n people)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message numerus="yes">
        <location filename="../../ui/changes_panel.py" line="74"/>
        <source>Since print revision %1 (%2): %n changes</source>
        <translation>
            <numerusform>Since print revision %1 (%2): %n change</numerusform>
            <numerusform>Since print revision %1 (%2): %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="361"/>
        <source>%n rows read. Importing gives: %1.</source>
        <translation>
            <numerusform>%n row read. Importing gives: %1.</numerusform>
            <numerusform>%n rows read. Importing gives: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="468"/>
        <source>Checking %n rows...</source>
        <translation>
            <numerusform>Checking %n row...</numerusform>
            <numerusform>Checking %n rows...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="474"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="475"/>
        <source>%n posts</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="476"/>
        <source>%n shifts</source>
        <translation>
            <numerusform>%n shift</numerusform>
            <numerusform>%n shifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="481"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="481"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostChooser</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="393"/>
        <source>%n people selected.</source>
        <translation>
            <numerusform>%n person selected.</numerusform>
            <numerusform>%n people selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostDetail</name>
    <message numerus="yes">
        <location filename="../../ui/panels.py" line="296"/>
        <source>yet %n assigned</source>
        <translation>
            <numerusform>yet %n assigned</numerusform>
            <numerusform>yet %n assigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels.py" line="336"/>
        <source>Remove %n from %1</source>
        <translation>
            <numerusform>Remove %n from %1</numerusform>
            <numerusform>Remove %n from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message numerus="yes">
        <location filename="../../ui/print_dialog.py" line="402"/>
        <source>Generating %n parts...</source>
        <translation>
            <numerusform>Generating %n part...</numerusform>
            <numerusform>Generating %n parts...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_dialog.py" line="421"/>
        <source>%n pages ready.</source>
        <translation>
            <numerusform>%n page ready.</numerusform>
            <numerusform>%n pages ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_dialog.py" line="506"/>
        <source>Sent %n pages to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPane</name>
    <message numerus="yes">
        <location filename="../../ui/panels.py" line="619"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels.py" line="619"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message numerus="yes">
        <location filename="../../ui/panels.py" line="197"/>
        <source>%1 of %n people</source>
        <translation>
            <numerusform>%1 of %n person</numerusform>
            <numerusform>%1 of %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftsPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages.py" line="310"/>
        <source>Shift %1 has %n duties. Delete the shift and its duties?</source>
        <translation>
            <numerusform>Shift %1 has %n duty. Delete the shift and its duty?</numerusform>
            <numerusform>Shift %1 has %n duties. Delete the shift and its duties?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SitePlanScene</name>
    <message numerus="yes">
        <location filename="../../ui/siteplan_scene.py" line="438"/>
        <source>Move %n posts</source>
        <translation>
            <numerusform>Move %n post</numerusform>
            <numerusform>Move %n posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <location filename="../../ui/workspace.py" line="88"/>
        <source>Move %n people to %1</source>
        <translation>
            <numerusform>Move %n person to %1</numerusform>
            <numerusform>Move %n people to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workspace.py" line="90"/>
        <source>Assign %n people to %1</source>
        <translation>
            <numerusform>Assign %n person to %1</numerusform>
            <numerusform>Assign %n people to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workspace.py" line="187"/>
        <source>Remove %n people from %1</source>
        <translation>
            <numerusform>Remove %n person from %1</numerusform>
            <numerusform>Remove %n people from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceEdits</name>
    <message numerus="yes">
        <location filename="../../ui/edits.py" line="97"/>
        <source>Delete %n people</source>
        <translation>
            <numerusform>Delete %n person</numerusform>
            <numerusform>Delete %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/edits.py" line="162"/>
        <source>Delete %n posts</source>
        <translation>
            <numerusform>Delete %n post</numerusform>
            <numerusform>Delete %n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/edits.py" line="249"/>
        <source>The plan document has %n problems; nothing was changed.</source>
        <translation>
            <numerusform>The plan document has %n problem; nothing was changed.</numerusform>
            <numerusform>The plan document has %n problems; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/edits.py" line="260"/>
        <source>Imported %n entries from %1</source>
        <translation>
            <numerusform>Imported %n entry from %1</numerusform>
            <numerusform>Imported %n entries from %1</numerusform>
        </translation>
    </message>
</context>
</TS>
