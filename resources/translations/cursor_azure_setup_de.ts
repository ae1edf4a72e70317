<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../app/ui/chat.py" line="46"/>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="47"/>
        <source>Give me a one-line Python function to merge two dicts.</source>
        <translation>Gib mir eine einzeilige Python-Funktion, die zwei Dicts zusammenführt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="48"/>
        <source>Chat message</source>
        <translation>Chat-Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="50"/>
        <source>Se&amp;nd</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="51"/>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="54"/>
        <source>Sto&amp;p</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="55"/>
        <source>Stop the answer</source>
        <translation>Antwort anhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="60"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="61"/>
        <source>The answer appears here, word by word.</source>
        <translation>Die Antwort erscheint hier, Wort für Wort.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="66"/>
        <source>Answer timing</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="98"/>
        <source>Waiting for the first words…</source>
        <translation>Warten auf die ersten Wörter …</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="131"/>
        <source>First words after %1…</source>
        <translation>Erste Wörter nach %1 …</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="154"/>
        <source>First words after %1</source>
        <translation>Erste Wörter nach %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="156"/>
        <source>finished in %1</source>
        <translation>fertig nach %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="168"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="174"/>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="177"/>
        <source>The chat didn&apos;t work. Press Check again in step 3 to find out why.</source>
        <translation>Der Chat hat nicht funktioniert. Klicken Sie in Schritt 3 auf „Erneut prüfen“, um den Grund zu erfahren.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../app/ui/pages/check.py" line="42"/>
        <source>Sends the request Cursor&apos;s Verify button sends, then a chat, a streamed answer and a tool call. Takes a few seconds; you can keep editing meanwhile.</source>
        <translation>Sendet die Anfrage, die Cursors Schaltfläche „Verify“ sendet, dann einen Chat, eine gestreamte Antwort und einen Tool-Aufruf. Dauert ein paar Sekunden; Sie können währenddessen weiter bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="65"/>
        <source>Save a report for IT…</source>
        <translation>Bericht für die IT speichern …</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="68"/>
        <source>A file for your IT team: versions, system, proxy settings and these results. Never the key.</source>
        <translation>Eine Datei für Ihr IT-Team: Versionen, System, Proxy-Einstellungen und diese Ergebnisse. Nie der Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="96"/>
        <source>The values changed since this check.</source>
        <translation>Die Werte haben sich seit dieser Prüfung geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="98"/>
        <source>Press Check again to check them. The results below are for the values before the change.</source>
        <translation>Klicken Sie auf „Erneut prüfen“, um sie zu prüfen. Die Ergebnisse unten gelten für die Werte vor der Änderung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="112"/>
        <source>The checks can&apos;t run yet.</source>
        <translation>Die Prüfungen können noch nicht laufen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="132"/>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="132"/>
        <source>This usually takes a few seconds.</source>
        <translation>Das dauert meist ein paar Sekunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="161"/>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="195"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="195"/>
        <source>Press Check again to run the checks.</source>
        <translation>Klicken Sie auf „Erneut prüfen“, um die Prüfungen laufen zu lassen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="204"/>
        <source>Took %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="226"/>
        <source>It works, with a note.</source>
        <translation>Es funktioniert, mit einem Hinweis.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="230"/>
        <source>Everything works.</source>
        <translation>Alles funktioniert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="232"/>
        <source>Cursor&apos;s Verify request, a chat, a streamed answer and tools all work. Next, set up Cursor.</source>
        <translation>Cursors „Verify“-Anfrage, ein Chat, eine gestreamte Antwort und Tools funktionieren. Als Nächstes: Cursor einrichten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="244"/>
        <source>See above</source>
        <translation>Siehe oben</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="264"/>
        <source>The checks could not run.</source>
        <translation>Die Prüfungen konnten nicht laufen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="265"/>
        <source>Try again; if it keeps happening, save a report for IT.</source>
        <translation>Versuchen Sie es erneut; passiert es wieder, speichern Sie einen Bericht für die IT.</translation>
    </message>
</context>
<context>
    <name>CompactBar</name>
    <message>
        <location filename="../../app/ui/nav.py" line="438"/>
        <source>&amp;Steps</source>
        <translation>Sch&amp;ritte</translation>
    </message>
    <message>
        <location filename="../../app/ui/nav.py" line="439"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../app/ui/nav.py" line="458"/>
        <source>Step %1 of %2 · %3 · %4</source>
        <translation>Schritt %1 von %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="57"/>
        <source>Send a &amp;test request as Cursor would</source>
        <translation>&amp;Testanfrage wie Cursor senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="61"/>
        <source>Demo mode: the built-in test server records a request the way Cursor&apos;s would.</source>
        <translation>Demo-Modus: Der eingebaute Testserver verbucht eine Anfrage so, wie es Cursors Server täten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="77"/>
        <source>What could have kept Cursor&apos;s request from arriving:</source>
        <translation>Was Cursors Anfrage aufgehalten haben könnte:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="84"/>
        <source>Try a chat here (optional)</source>
        <translation>Hier einen Chat ausprobieren (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="86"/>
        <source>Try a chat here</source>
        <translation>Hier einen Chat ausprobieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="99"/>
        <source>your custom model</source>
        <translation>Ihrem eigenen Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="101"/>
        <source>Send one message in Cursor&apos;s chat with %1 picked, then press Check. The service&apos;s log says whether Cursor&apos;s request arrived.</source>
        <translation>Senden Sie in Cursors Chat eine Nachricht mit %1 ausgewählt und klicken Sie dann auf „Prüfen“. Das Protokoll des Dienstes zeigt, ob Cursors Anfrage angekommen ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="120"/>
        <source>Asking the service…</source>
        <translation>Der Dienst wird gefragt …</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="121"/>
        <source>Looking for Cursor&apos;s requests in the last hour.</source>
        <translation>Cursors Anfragen der letzten Stunde werden gesucht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="160"/>
        <source>Cursor is set up: it chats through AI/ML API.</source>
        <translation>Cursor ist eingerichtet: Es chattet über AI/ML API.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="176"/>
        <source>Likely</source>
        <translation>Wahrscheinlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="177"/>
        <source>Possible</source>
        <translation>Möglich</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="178"/>
        <source>Ruled out</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="199"/>
        <source>The service&apos;s log could not be read.</source>
        <translation>Das Protokoll des Dienstes konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="200"/>
        <source>Press Check again.</source>
        <translation>Klicken Sie auf „Erneut prüfen“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="222"/>
        <source>Sent, as Cursor would. Now press Check.</source>
        <translation>Gesendet, wie Cursor es täte. Klicken Sie jetzt auf „Prüfen“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="230"/>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="297"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="298"/>
        <source>Copied ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
</context>
<context>
    <name>CursorPage</name>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="85"/>
        <source>Puts the checked values into Cursor&apos;s settings. Your key is never written there: you paste it once, in Cursor.</source>
        <translation>Überträgt die geprüften Werte in Cursors Einstellungen. Ihr Schlüssel wird dort nie geschrieben: Sie fügen ihn einmal selbst in Cursor ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="104"/>
        <source>Cursor on this computer</source>
        <translation>Cursor auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="108"/>
        <source>Now, in Cursor</source>
        <translation>Jetzt in Cursor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="111"/>
        <source>&amp;Open Cursor</source>
        <translation>Cursor ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="113"/>
        <source>Open Cursor</source>
        <translation>Cursor öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="127"/>
        <source>Copy the values into Cursor by hand</source>
        <translation>Werte von Hand in Cursor übertragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="137"/>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="138"/>
        <source>Deployment Name</source>
        <translation>Deployment Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="139"/>
        <source>Model alias</source>
        <translation>Modell-Alias</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="147"/>
        <source>%1 for Cursor</source>
        <translation>%1 für Cursor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="150"/>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="162"/>
        <source>Steps in Cursor</source>
        <translation>Schritte in Cursor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="168"/>
        <source>What Cursor has now</source>
        <translation>Was Cursor jetzt hat</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="174"/>
        <location filename="../../app/ui/pages/cursor.py" line="321"/>
        <source>Look again</source>
        <translation>Erneut nachsehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="177"/>
        <source>Undo the change to Cursor&apos;s settings</source>
        <translation>Änderung an Cursors Einstellungen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="209"/>
        <source>Check the values first (step 3).</source>
        <translation>Prüfen Sie zuerst die Werte (Schritt 3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="210"/>
        <source>Cursor gets only values the checks proved, so a mistake never reaches it.</source>
        <translation>Cursor bekommt nur Werte, die die Prüfungen bestätigt haben, damit kein Fehler dort ankommt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="227"/>
        <source>Looking for Cursor…</source>
        <translation>Cursor wird gesucht …</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="229"/>
        <source>Looking at Cursor&apos;s settings…</source>
        <translation>Cursors Einstellungen werden gelesen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="283"/>
        <source>Cursor isn&apos;t on this computer (or it wasn&apos;t found).</source>
        <translation>Cursor ist nicht auf diesem Computer (oder wurde nicht gefunden).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="286"/>
        <source>Copy the checked values into Cursor by hand, below. Get Cursor from https://cursor.com</source>
        <translation>Übertragen Sie die geprüften Werte unten von Hand in Cursor. Cursor gibt es unter https://cursor.com</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="305"/>
        <source>Cursor is running: quit it, then press Apply to Cursor.</source>
        <translation>Cursor läuft: Beenden Sie es und klicken Sie dann auf „In Cursor übernehmen“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="308"/>
        <source>Cursor writes its own settings back when it quits, so they can only be changed while it is closed. This page notices by itself when Cursor quits.</source>
        <translation>Cursor schreibt beim Beenden seine eigenen Einstellungen zurück; sie lassen sich also nur ändern, solange es geschlossen ist. Diese Seite bemerkt von selbst, wenn Cursor beendet wird.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="318"/>
        <source>Couldn&apos;t tell whether Cursor is running.</source>
        <translation>Es ließ sich nicht feststellen, ob Cursor läuft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="319"/>
        <source>Quit Cursor if it is open, then press Look again.</source>
        <translation>Beenden Sie Cursor, falls es offen ist, und klicken Sie dann auf „Erneut nachsehen“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="326"/>
        <source>Cursor&apos;s settings differ from the checked values in %1 places.</source>
        <translation>Cursors Einstellungen weichen an %1 Stellen von den geprüften Werten ab.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="330"/>
        <source>Cursor&apos;s settings differ from the checked values in 1 place.</source>
        <translation>Cursors Einstellungen weichen an 1 Stelle von den geprüften Werten ab.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="333"/>
        <source>Press Apply to Cursor to put them in. A backup of Cursor&apos;s settings is made first, and your key is not written.</source>
        <translation>Klicken Sie auf „In Cursor übernehmen“, um sie einzutragen. Zuerst wird eine Sicherung von Cursors Einstellungen angelegt; Ihr Schlüssel wird nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="344"/>
        <source>Applied: Cursor has the checked values.</source>
        <translation>Übernommen: Cursor hat die geprüften Werte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="345"/>
        <source>Changed: %1. A backup was saved first.</source>
        <translation>Geändert: %1. Zuvor wurde eine Sicherung gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="349"/>
        <source>Cursor already has the checked values.</source>
        <translation>Cursor hat die geprüften Werte bereits.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="355"/>
        <source>It has a key and the Azure switch is on: nothing is left to do.</source>
        <translation>Es hat einen Schlüssel und der Azure-Schalter ist an: Es bleibt nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="363"/>
        <source>One thing is left, in Cursor: paste the key and press Verify.</source>
        <translation>Eines bleibt, in Cursor: Fügen Sie den Schlüssel ein und klicken Sie auf „Verify“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="372"/>
        <source>Cursor: not found</source>
        <translation>Cursor: nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="374"/>
        <source>version unknown</source>
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="376"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="377"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="378"/>
        <source>running or not: unknown</source>
        <translation>ob es läuft: unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="382"/>
        <source>Cursor %1 · %2</source>
        <translation>Cursor %1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="395"/>
        <source>As it should be</source>
        <translation>Wie es sein soll</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="397"/>
        <source>Apply fixes this</source>
        <translation>Übernehmen behebt das</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="401"/>
        <source>To do in Cursor</source>
        <translation>In Cursor zu tun</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="415"/>
        <source>Applying…</source>
        <translation>Wird übernommen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="416"/>
        <source>Making a backup, then changing Cursor&apos;s settings.</source>
        <translation>Erst wird gesichert, dann werden Cursors Einstellungen geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="456"/>
        <source>Bringing Cursor&apos;s settings back…</source>
        <translation>Cursors Einstellungen werden wiederhergestellt …</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="482"/>
        <source>Cursor&apos;s settings could not be looked at.</source>
        <translation>Cursors Einstellungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="483"/>
        <source>Press Look again.</source>
        <translation>Klicken Sie auf „Erneut nachsehen“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="503"/>
        <source>Cursor is starting.</source>
        <translation>Cursor startet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="506"/>
        <source>Couldn&apos;t start Cursor from here: open it yourself.</source>
        <translation>Cursor ließ sich von hier aus nicht starten: Öffnen Sie es selbst.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="519"/>
        <source>Open Cursor Settings (Ctrl+Shift+J, on a Mac Cmd+Shift+J) → Models → Azure OpenAI, paste the key into API Key and press Verify: that switches Azure on.</source>
        <translation>Öffnen Sie „Cursor Settings“ (Strg+Umschalt+J, auf dem Mac Cmd+Shift+J) → „Models“ → „Azure OpenAI“, fügen Sie den Schlüssel in „API Key“ ein und klicken Sie auf „Verify“: Das schaltet Azure ein.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/ui/errors.py" line="57"/>
        <source>Something went wrong inside the app. What you typed is still there, and you can carry on.</source>
        <translation>Im Programm ist etwas schiefgegangen. Ihre Eingaben sind noch da, und Sie können weitermachen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="62"/>
        <source>If it keeps happening, send this file to your IT team:</source>
        <translation>Wenn das wieder passiert, senden Sie diese Datei an Ihr IT-Team:</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="65"/>
        <source>If it keeps happening, use Help &gt; Save a report for IT and send the file to your IT team.</source>
        <translation>Wenn das wieder passiert, wählen Sie „Hilfe &gt; Bericht für die IT speichern“ und senden Sie die Datei an Ihr IT-Team.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="72"/>
        <location filename="../../app/ui/errors.py" line="79"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
</context>
<context>
    <name>Footer</name>
    <message>
        <location filename="../../app/ui/footer.py" line="23"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/footer.py" line="24"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/footer.py" line="27"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/footer.py" line="57"/>
        <source>%1 (Enter)</source>
        <translation>%1 (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../app/ui/footer.py" line="63"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/footer.py" line="64"/>
        <source>Stop the checks</source>
        <translation>Prüfungen anhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/footer.py" line="66"/>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/footer.py" line="67"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
</context>
<context>
    <name>KeyCopy</name>
    <message>
        <location filename="../../app/ui/keycopy.py" line="30"/>
        <source>Copy the API key</source>
        <translation>API-Schlüssel kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/keycopy.py" line="30"/>
        <source>Copy the &amp;key</source>
        <translation>&amp;Schlüssel kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/keycopy.py" line="33"/>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location filename="../../app/ui/keycopy.py" line="58"/>
        <source>Paste your key in step 1 first.</source>
        <translation>Fügen Sie zuerst in Schritt 1 Ihren Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keycopy.py" line="80"/>
        <source>The key stays on the clipboard for %1: paste it into Cursor&apos;s API Key field.</source>
        <translation>Der Schlüssel bleibt noch %1 in der Zwischenablage: Fügen Sie ihn in Cursors Feld „API Key“ ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keycopy.py" line="90"/>
        <source>You copied something else, so the key is no longer on the clipboard.</source>
        <translation>Sie haben etwas anderes kopiert, daher ist der Schlüssel nicht mehr in der Zwischenablage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keycopy.py" line="95"/>
        <source>Pasted. The key leaves the clipboard in a moment.</source>
        <translation>Eingefügt. Der Schlüssel verlässt gleich die Zwischenablage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keycopy.py" line="102"/>
        <source>You pasted the key; it is off the clipboard now.</source>
        <translation>Sie haben den Schlüssel eingefügt; er ist jetzt aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keycopy.py" line="105"/>
        <source>Time is up: the key was taken off the clipboard. Copy it again if you need it.</source>
        <translation>Die Zeit ist um: Der Schlüssel wurde aus der Zwischenablage entfernt. Kopieren Sie ihn erneut, wenn Sie ihn brauchen.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../app/ui/pages/key.py" line="50"/>
        <source>Paste the key from your AI/ML API account. It stays on this computer.</source>
        <translation>Fügen Sie den Schlüssel aus Ihrem AI/ML-API-Konto ein. Er bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="64"/>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="67"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="68"/>
        <source>Paste your key here</source>
        <translation>Schlüssel hier einfügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="71"/>
        <location filename="../../app/ui/pages/key.py" line="163"/>
        <source>Sho&amp;w</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="73"/>
        <location filename="../../app/ui/pages/key.py" line="164"/>
        <source>Show key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="75"/>
        <source>Where do I get a key?</source>
        <translation>Wo bekomme ich einen Schlüssel?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="78"/>
        <source>&amp;Remember on this computer</source>
        <translation>Auf diesem Computer &amp;merken</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="79"/>
        <source>Remember the key on this computer</source>
        <translation>Schlüssel auf diesem Computer merken</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="81"/>
        <source>For&amp;get</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="82"/>
        <source>Forget the key on this computer</source>
        <translation>Schlüssel auf diesem Computer vergessen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="84"/>
        <source>Checking %1…</source>
        <translation>Abfrage bei %1 …</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="85"/>
        <source>Keyring status</source>
        <translation>Status des Schlüsselbunds</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="163"/>
        <source>H&amp;ide</source>
        <translation>Verber&amp;gen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="164"/>
        <source>Hide key</source>
        <translation>Schlüssel verbergen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="209"/>
        <source>Paste your key first: the checks and Cursor need it.</source>
        <translation>Fügen Sie zuerst Ihren Schlüssel ein: Die Prüfungen und Cursor brauchen ihn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="248"/>
        <source>The key can&apos;t be remembered here (%1 is not available). It still works until you close this window.</source>
        <translation>Der Schlüssel kann hier nicht gemerkt werden (kein Zugang zu %1). Er funktioniert trotzdem, bis Sie dieses Fenster schließen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="258"/>
        <source>Couldn&apos;t open %1, so a saved key (if any) was not loaded. Paste the key to carry on.</source>
        <translation>Kein Zugang zu %1, daher wurde ein gespeicherter Schlüssel (falls vorhanden) nicht geladen. Fügen Sie den Schlüssel ein, um weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="266"/>
        <source>Key loaded from %1.</source>
        <translation>Schlüssel aus %1 geladen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="269"/>
        <source>A key is saved on this computer.</source>
        <translation>Auf diesem Computer ist ein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="271"/>
        <source>Not saved on this computer yet.</source>
        <translation>Noch nicht auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="278"/>
        <source>Can&apos;t use %1 right now, so the key won&apos;t be remembered. It still works now.</source>
        <translation>Gerade kein Zugang zu %1, daher wird der Schlüssel nicht gemerkt. Er funktioniert aber jetzt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="289"/>
        <source>Paste a key first.</source>
        <translation>Fügen Sie zuerst einen Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="292"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="303"/>
        <source>Saved in %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="307"/>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="326"/>
        <source>Removed from %1.</source>
        <translation>Aus %1 entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="328"/>
        <source>There was no saved key to remove.</source>
        <translation>Es gab keinen gespeicherten Schlüssel zum Entfernen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="342"/>
        <source>Tip: press Remember on this computer so you don&apos;t have to paste the key again.</source>
        <translation>Tipp: Klicken Sie auf „Auf diesem Computer merken“, dann müssen Sie den Schlüssel nicht noch einmal einfügen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="349"/>
        <source>Not available: %1.</source>
        <translation>Kein Zugang zu %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="362"/>
        <source>The keyring could not be used.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/window.py" line="99"/>
        <source>Cursor Azure Setup</source>
        <translation>Cursor Azure Setup</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="106"/>
        <source>Your organisation</source>
        <translation>Ihre Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="108"/>
        <source>Demo mode</source>
        <translation>Demo-Modus</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="156"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="22"/>
        <source>&amp;Save a page for your team…</source>
        <translation>&amp;Seite für Ihr Team speichern …</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="26"/>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="29"/>
        <source>Save a &amp;report for IT…</source>
        <translation>Be&amp;richt für die IT speichern …</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="33"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="157"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="39"/>
        <source>&amp;Where do I get a key?</source>
        <translation>&amp;Wo bekomme ich einen Schlüssel?</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="42"/>
        <source>Help from your &amp;IT team</source>
        <translation>Hilfe von Ihrem &amp;IT-Team</translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="47"/>
        <source>&amp;About Cursor Azure Setup</source>
        <translation>Ü&amp;ber Cursor Azure Setup</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup.py" line="133"/>
        <source>Demo mode: the demo key is not saved on this computer.</source>
        <translation>Demo-Modus: Der Demo-Schlüssel wird auf diesem Computer nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup.py" line="98"/>
        <source>your IT team</source>
        <translation>Ihr IT-Team</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup.py" line="100"/>
        <source>Set up for %1. Some values were chosen by your IT team.</source>
        <translation>Eingerichtet für %1. Einige Werte hat Ihr IT-Team festgelegt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup.py" line="105"/>
        <source>Get help</source>
        <translation>Hilfe holen</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup.py" line="110"/>
        <source>Help from %1</source>
        <translation>Hilfe von %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup.py" line="115"/>
        <source>Cursor Azure Setup – %1</source>
        <translation>Cursor Azure Setup – %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup.py" line="126"/>
        <source>Demo mode: a test server on this computer stands in for AI/ML API. Nothing leaves this computer.</source>
        <translation>Demo-Modus: Ein Testserver auf diesem Computer ersetzt AI/ML API. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="111"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="49"/>
        <source>Save a page for your team</source>
        <translation>Seite für Ihr Team speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="51"/>
        <source>Markdown page (*.md)</source>
        <translation>Markdown-Seite (*.md)</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="61"/>
        <location filename="../../app/ui/exports.py" line="104"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="62"/>
        <source>The page could not be saved there (%1). Choose another folder.</source>
        <translation>Die Seite konnte dort nicht gespeichert werden (%1). Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="67"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="76"/>
        <source>Copied a curl command. It uses $AIMLAPI_API_KEY instead of your key.</source>
        <translation>Ein curl-Befehl wurde kopiert. Er verwendet $AIMLAPI_API_KEY statt Ihres Schlüssels.</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="89"/>
        <source>Save a report for IT</source>
        <translation>Bericht für die IT speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="91"/>
        <source>Report (*.txt *.json);;All files (*)</source>
        <translation>Bericht (*.txt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="105"/>
        <source>The report could not be saved there.</source>
        <translation>Der Bericht konnte dort nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="108"/>
        <source>Report saved: %1</source>
        <translation>Bericht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="31"/>
        <source>The organisation settings could not be read</source>
        <translation>Die Einstellungen der Organisation konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="34"/>
        <source>The window opens without them. Tell your IT team.</source>
        <translation>Das Fenster öffnet sich ohne sie. Sagen Sie Ihrem IT-Team Bescheid.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="50"/>
        <source>About Cursor Azure Setup</source>
        <translation>Über Cursor Azure Setup</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="53"/>
        <source>&lt;h3&gt;Cursor Azure Setup %1&lt;/h3&gt;&lt;p&gt;Connects Cursor&apos;s Azure OpenAI settings to AI/ML API, checks them, and explains any problem in plain words.&lt;/p&gt;&lt;p&gt;Your key is kept only in %3.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt for Python %2&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cursor Azure Setup %1&lt;/h3&gt;&lt;p&gt;Verbindet Cursors Azure-OpenAI-Einstellungen mit AI/ML API, prüft sie und erklärt jedes Problem in einfachen Worten.&lt;/p&gt;&lt;p&gt;Ihr Schlüssel wird nur in %3 aufbewahrt.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt for Python %2&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <location filename="../../app/ui/pages/model.py" line="39"/>
        <source>Cursor sends every request to this model. The first suggestion works well for coding.</source>
        <translation>Cursor sendet jede Anfrage an dieses Modell. Der erste Vorschlag eignet sich gut zum Programmieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="59"/>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="61"/>
        <location filename="../../app/ui/pages/model.py" line="249"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="64"/>
        <source>Model details</source>
        <translation>Details zum Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="67"/>
        <location filename="../../app/ui/pages/model.py" line="270"/>
        <source>Loading the list of models…</source>
        <translation>Die Modellliste wird geladen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="68"/>
        <source>Model list status</source>
        <translation>Status der Modellliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="69"/>
        <source>Load the list again</source>
        <translation>Liste neu laden</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="74"/>
        <source>Values set by your IT team</source>
        <translation>Von Ihrem IT-Team festgelegte Werte</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="78"/>
        <source>Model &amp;alias</source>
        <translation>Modell-&amp;Alias</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="80"/>
        <location filename="../../app/ui/pages/model.py" line="250"/>
        <source>Model alias</source>
        <translation>Modell-Alias</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="83"/>
        <source>The name you pick in Cursor&apos;s chat. Any name that isn&apos;t one of Cursor&apos;s own models.</source>
        <translation>Der Name, den Sie in Cursors Chat auswählen. Jeder Name, der nicht zu Cursors eigenen Modellen gehört.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="89"/>
        <source>Advanc&amp;ed</source>
        <translation>Erwei&amp;tert</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="90"/>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="92"/>
        <source>Service a&amp;ddress (Base URL)</source>
        <translation>Adr&amp;esse des Dienstes (Base URL)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="94"/>
        <source>Service address (Base URL)</source>
        <translation>Adresse des Dienstes (Base URL)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="97"/>
        <source>&amp;Time limit</source>
        <translation>Zeit&amp;limit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="101"/>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="102"/>
        <source>Time limit for each request, in seconds</source>
        <translation>Zeitlimit für jede Anfrage, in Sekunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="105"/>
        <source>Where the key is sent</source>
        <translation>Wohin der Schlüssel gesendet wird</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="106"/>
        <location filename="../../app/ui/pages/model.py" line="107"/>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="109"/>
        <source>A command for IT that sends the same test (the key stays a placeholder).</source>
        <translation>Ein Befehl für die IT, der denselben Test sendet (der Schlüssel bleibt ein Platzhalter).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="112"/>
        <source>Save a report for IT…</source>
        <translation>Bericht für die IT speichern …</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="113"/>
        <source>Save a report for IT</source>
        <translation>Bericht für die IT speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="116"/>
        <source>A file for your IT team: versions, system, proxy settings and the checks. Never the key.</source>
        <translation>Eine Datei für Ihr IT-Team: Versionen, System, Proxy-Einstellungen und die Prüfungen. Nie der Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="231"/>
        <source>Your IT team (%1) chose which models you can use.</source>
        <translation>Ihr IT-Team (%1) hat festgelegt, welche Modelle Sie verwenden können.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="233"/>
        <source>Your IT team chose which models you can use.</source>
        <translation>Ihr IT-Team hat festgelegt, welche Modelle Sie verwenden können.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="248"/>
        <source>Service address</source>
        <translation>Adresse des Dienstes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="251"/>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="255"/>
        <source>Set by your IT team: %1.</source>
        <translation>Von Ihrem IT-Team festgelegt: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="306"/>
        <source>Your IT team chose this model.</source>
        <translation>Ihr IT-Team hat dieses Modell gewählt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="308"/>
        <source>One model allowed by your IT team.</source>
        <translation>Ein Modell von Ihrem IT-Team erlaubt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="310"/>
        <source>%1 models allowed by your IT team.</source>
        <translation>%1 Modelle von Ihrem IT-Team erlaubt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="315"/>
        <source>%1 models available. Open the list to search.</source>
        <translation>%1 Modelle verfügbar. Öffnen Sie die Liste, um zu suchen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="323"/>
        <source>Showing the list saved last time (%1 models): the live one could not be used.</source>
        <translation>Die zuletzt gespeicherte Liste wird gezeigt (%1 Modelle): Die aktuelle konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="325"/>
        <source>Showing the list saved on %2 (%1 models): the live one could not be used.</source>
        <translation>Die am %2 gespeicherte Liste wird gezeigt (%1 Modelle): Die aktuelle konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="340"/>
        <source>Couldn&apos;t load the list of models. Open the list and type the model&apos;s id, for example %1.</source>
        <translation>Die Modellliste konnte nicht geladen werden. Öffnen Sie die Liste und tippen Sie die ID des Modells ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="362"/>
        <source>This id isn&apos;t in the list of models. Check the spelling, or pick one from the list.</source>
        <translation>Diese ID steht nicht in der Modellliste. Prüfen Sie die Schreibweise oder wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="382"/>
        <source>Leave it empty to use %1.</source>
        <translation>Leer lassen, um %1 zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="433"/>
        <source>Your key will be sent to %1, a test server on this computer.</source>
        <translation>Ihr Schlüssel wird an %1 gesendet, einen Testserver auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="440"/>
        <source>Your key will be sent to %1, which is not AI/ML API. Continue only if your IT team gave you this address.</source>
        <translation>Ihr Schlüssel wird an %1 gesendet, und das ist nicht AI/ML API. Fahren Sie nur fort, wenn Ihr IT-Team Ihnen diese Adresse gegeben hat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="461"/>
        <source>Your IT team (%1) set this. Ask them if it needs to change.</source>
        <translation>Ihr IT-Team (%1) hat das festgelegt. Fragen Sie dort, wenn es geändert werden muss.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="464"/>
        <source>Your IT team set this. Ask them if it needs to change.</source>
        <translation>Ihr IT-Team hat das festgelegt. Fragen Sie dort, wenn es geändert werden muss.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../app/ui/picker.py" line="95"/>
        <source>%1 tokens of context</source>
        <translation>%1 Tokens Kontext</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker.py" line="102"/>
        <source>streams</source>
        <translation>streamt</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker.py" line="104"/>
        <source>uses tools</source>
        <translation>nutzt Tools</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker.py" line="175"/>
        <source>Search by name, developer or id</source>
        <translation>Nach Name, Entwickler oder ID suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker.py" line="177"/>
        <source>Search models</source>
        <translation>Modelle suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker.py" line="180"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker.py" line="209"/>
        <source>Recommended for coding</source>
        <translation>Empfohlen zum Programmieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker.py" line="212"/>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker.py" line="217"/>
        <source>Use “%1”</source>
        <translation>„%1“ verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker.py" line="220"/>
        <source>a model id typed by hand</source>
        <translation>eine von Hand eingegebene Modell-ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/picker.py" line="223"/>
        <source>No model matches. Try fewer letters.</source>
        <translation>Kein Modell passt. Versuchen Sie es mit weniger Buchstaben.</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <location filename="../../app/ui/rows.py" line="28"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/rows.py" line="34"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/rows.py" line="88"/>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../app/ui/nav.py" line="202"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../app/ui/nav.py" line="285"/>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../app/ui/texts.py" line="69"/>
        <source>your Mac&apos;s Keychain</source>
        <translation>dem Schlüsselbund Ihres Macs</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="71"/>
        <source>Windows Credential Manager</source>
        <translation>der Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="72"/>
        <source>this computer&apos;s keyring</source>
        <translation>dem Schlüsselbund dieses Computers</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="85"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="86"/>
        <source>Works, with a note</source>
        <translation>Funktioniert, mit Hinweis</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="87"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="88"/>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="89"/>
        <source>Could not tell</source>
        <translation>Nicht feststellbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="90"/>
        <location filename="../../app/ui/texts.py" line="196"/>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="91"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="92"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="99"/>
        <source>Your API key</source>
        <translation>Ihr API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="100"/>
        <source>Choose the model</source>
        <translation>Modell wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="101"/>
        <source>Check it works</source>
        <translation>Prüfen, ob es geht</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="102"/>
        <source>Set up Cursor</source>
        <translation>Cursor einrichten</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="103"/>
        <source>Confirm in Cursor</source>
        <translation>In Cursor bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="110"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="111"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="112"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="113"/>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="114"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="121"/>
        <location filename="../../app/ui/texts.py" line="132"/>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="122"/>
        <location filename="../../app/ui/texts.py" line="133"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="123"/>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="124"/>
        <source>Working</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="125"/>
        <source>Outdated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="134"/>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="135"/>
        <source>Working on it</source>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="136"/>
        <source>Outdated: the values changed since</source>
        <translation>Veraltet: Die Werte haben sich seitdem geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="154"/>
        <source>Next: paste your API key.</source>
        <translation>Als Nächstes: Fügen Sie Ihren API-Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="155"/>
        <source>Next: fix the key (step 1).</source>
        <translation>Als Nächstes: Korrigieren Sie den Schlüssel (Schritt 1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="156"/>
        <source>Next: choose the model (step 2).</source>
        <translation>Als Nächstes: Wählen Sie das Modell (Schritt 2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="157"/>
        <source>Next: fix the model or the address (step 2).</source>
        <translation>Als Nächstes: Korrigieren Sie das Modell oder die Adresse (Schritt 2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="158"/>
        <source>Next: check that it works (step 3).</source>
        <translation>Als Nächstes: Prüfen Sie, ob es funktioniert (Schritt 3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="159"/>
        <source>Checking… you can keep editing.</source>
        <translation>Wird geprüft … Sie können weiter bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="160"/>
        <source>Next: do what the check says, then check again.</source>
        <translation>Als Nächstes: Tun Sie, was die Prüfung sagt, und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="161"/>
        <source>The values changed since the check: check again (step 3).</source>
        <translation>Die Werte haben sich seit der Prüfung geändert: Prüfen Sie erneut (Schritt 3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="164"/>
        <location filename="../../app/ui/texts.py" line="214"/>
        <source>Looking at Cursor&apos;s settings…</source>
        <translation>Cursors Einstellungen werden gelesen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="165"/>
        <source>Next: set up Cursor (step 4).</source>
        <translation>Als Nächstes: Richten Sie Cursor ein (Schritt 4).</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="166"/>
        <source>Next: press Apply to Cursor (step 4).</source>
        <translation>Als Nächstes: Klicken Sie auf „In Cursor übernehmen“ (Schritt 4).</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="167"/>
        <source>Next: quit Cursor, then press Apply to Cursor.</source>
        <translation>Als Nächstes: Beenden Sie Cursor und klicken Sie dann auf „In Cursor übernehmen“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="168"/>
        <source>Next: paste the key in Cursor and press Verify there.</source>
        <translation>Als Nächstes: Fügen Sie den Schlüssel in Cursor ein und klicken Sie dort auf „Verify“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="171"/>
        <source>Next: copy the values into Cursor (step 4).</source>
        <translation>Als Nächstes: Übertragen Sie die Werte in Cursor (Schritt 4).</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="172"/>
        <source>Next: fix Cursor&apos;s settings (step 4).</source>
        <translation>Als Nächstes: Korrigieren Sie Cursors Einstellungen (Schritt 4).</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="173"/>
        <source>The values changed since Cursor was set up: set it up again (step 4).</source>
        <translation>Die Werte haben sich seit der Einrichtung von Cursor geändert: Richten Sie es erneut ein (Schritt 4).</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="176"/>
        <source>Next: send one message in Cursor, then press Check (step 5).</source>
        <translation>Als Nächstes: Senden Sie eine Nachricht in Cursor und klicken Sie dann auf „Prüfen“ (Schritt 5).</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="179"/>
        <source>Asking the service whether Cursor&apos;s requests arrived…</source>
        <translation>Der Dienst wird gefragt, ob Cursors Anfragen angekommen sind …</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="182"/>
        <source>Next: do what step 5 says, then check again.</source>
        <translation>Als Nächstes: Tun Sie, was Schritt 5 sagt, und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="183"/>
        <source>The values changed: confirm in Cursor again (step 5).</source>
        <translation>Die Werte haben sich geändert: Bestätigen Sie erneut in Cursor (Schritt 5).</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="186"/>
        <source>All set: Cursor chats through AI/ML API.</source>
        <translation>Alles bereit: Cursor chattet über AI/ML API.</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="193"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="194"/>
        <location filename="../../app/ui/texts.py" line="199"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="195"/>
        <location filename="../../app/ui/texts.py" line="200"/>
        <source>&amp;Check again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="197"/>
        <source>&amp;Check first</source>
        <translation>Zuerst &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="198"/>
        <source>&amp;Apply to Cursor</source>
        <translation>In Cursor ü&amp;bernehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="201"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="208"/>
        <source>Cursor is running: quit it, then press Apply. This page notices by itself.</source>
        <translation>Cursor läuft: Beenden Sie es und klicken Sie dann auf „Übernehmen“. Diese Seite bemerkt es von selbst.</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="211"/>
        <source>Couldn&apos;t tell whether Cursor is running. Quit Cursor, then press Look again.</source>
        <translation>Es ließ sich nicht feststellen, ob Cursor läuft. Beenden Sie Cursor und klicken Sie dann auf „Erneut nachsehen“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="215"/>
        <source>Working…</source>
        <translation>Wird bearbeitet …</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="222"/>
        <source>Change the key</source>
        <translation>Schlüssel ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="223"/>
        <source>Open the billing page</source>
        <translation>Abrechnungsseite öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="224"/>
        <source>Choose another model</source>
        <translation>Anderes Modell wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="225"/>
        <source>Check the address</source>
        <translation>Adresse prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="226"/>
        <source>Set up Cursor again</source>
        <translation>Cursor erneut einrichten</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="234"/>
        <source>under a second</source>
        <translation>unter einer Sekunde</translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="244"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../app/core/api_key.py" line="40"/>
        <source>This looks like an Anthropic key, not an AI/ML API key.</source>
        <translation>Das sieht nach einem Anthropic-Schlüssel aus, nicht nach einem AI/ML-API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="41"/>
        <source>This looks like an OpenAI key (it starts with sk-), not an AI/ML API key.</source>
        <translation>Das sieht nach einem OpenAI-Schlüssel aus (er beginnt mit sk-), nicht nach einem AI/ML-API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="44"/>
        <source>This looks like an Amazon Web Services key, not an AI/ML API key.</source>
        <translation>Das sieht nach einem Schlüssel von Amazon Web Services aus, nicht nach einem AI/ML-API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="48"/>
        <source>This looks like a GitHub token, not an AI/ML API key.</source>
        <translation>Das sieht nach einem GitHub-Token aus, nicht nach einem AI/ML-API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="50"/>
        <source>This looks like a GitLab token, not an AI/ML API key.</source>
        <translation>Das sieht nach einem GitLab-Token aus, nicht nach einem AI/ML-API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="53"/>
        <source>This looks like a Google API key, not an AI/ML API key.</source>
        <translation>Das sieht nach einem Google-API-Schlüssel aus, nicht nach einem AI/ML-API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="55"/>
        <source>This looks like a Slack token, not an AI/ML API key.</source>
        <translation>Das sieht nach einem Slack-Token aus, nicht nach einem AI/ML-API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="58"/>
        <source>This looks like a sign-in token (JWT), not an AI/ML API key.</source>
        <translation>Das sieht nach einem Anmelde-Token (JWT) aus, nicht nach einem AI/ML-API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="60"/>
        <source>This looks like a web address, not an API key.</source>
        <translation>Das sieht nach einer Webadresse aus, nicht nach einem API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="111"/>
        <source>The key in {source} is UTF-16 text (what Notepad saves as “Unicode”), not UTF-8: save the file as UTF-8, or paste the key itself.</source>
        <translation>Der Schlüssel in {source} ist UTF-16-Text (was der Windows-Editor als „Unicode“ speichert), nicht UTF-8: Speichern Sie die Datei als UTF-8 oder fügen Sie den Schlüssel direkt ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="122"/>
        <source>The key in {source} is not UTF-8 text (perhaps a file saved in another encoding): save it as UTF-8, or copy the key again from {page}.</source>
        <translation>Der Schlüssel in {source} ist kein UTF-8-Text (vielleicht eine Datei in einer anderen Codierung): Speichern Sie sie als UTF-8 oder kopieren Sie den Schlüssel erneut von {page}.</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="134"/>
        <source>Removed spaces or line breaks around the key.</source>
        <translation>Leerzeichen oder Zeilenumbrüche um den Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="139"/>
        <source>Removed {count} space(s) or line break(s) from inside the key. Check that you copied the whole key.</source>
        <translation>{count} Leerzeichen oder Zeilenumbrüche im Schlüssel wurden entfernt. Prüfen Sie, ob Sie den ganzen Schlüssel kopiert haben.</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="146"/>
        <source>Removed non-breaking spaces that came with the copy.</source>
        <translation>Mitkopierte geschützte Leerzeichen wurden entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="151"/>
        <source>Removed {count} invisible character(s) that came with the copy.</source>
        <translation>{count} mitkopierte unsichtbare Zeichen wurden entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="156"/>
        <source>Removed the quotes around the key.</source>
        <translation>Die Anführungszeichen um den Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="161"/>
        <source>Removed &quot;{label}&quot; in front of the key: only the key itself is needed.</source>
        <translation>„{label}“ vor dem Schlüssel wurde entfernt: Nur der Schlüssel selbst wird gebraucht.</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="185"/>
        <source>Paste your AI/ML API key. You can create one on the keys page: {page}</source>
        <translation>Fügen Sie Ihren AI/ML-API-Schlüssel ein. Einen Schlüssel erstellen Sie auf der Schlüsselseite: {page}</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="192"/>
        <source>The key contains a control character (at position {position}), which an API key cannot have. Copy the key again from {page}</source>
        <translation>Der Schlüssel enthält ein Steuerzeichen (an Stelle {position}), das ein API-Schlüssel nicht enthalten kann. Kopieren Sie den Schlüssel erneut von {page}</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="199"/>
        <source>The key contains a non-ASCII character (at position {position}), which an API key cannot have. Copy the key again from {page}</source>
        <translation>Der Schlüssel enthält ein Sonderzeichen außerhalb von ASCII (an Stelle {position}), das ein API-Schlüssel nicht enthalten kann. Kopieren Sie den Schlüssel erneut von {page}</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="210"/>
        <source>This is too short to be an API key ({length} characters). Copy the whole key from {page}</source>
        <translation>Das ist zu kurz für einen API-Schlüssel ({length} Zeichen). Kopieren Sie den ganzen Schlüssel von {page}</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="219"/>
        <source>This is far too long to be an API key ({length} characters; a key is a few dozen). Copy only the key from {page}</source>
        <translation>Das ist viel zu lang für einen API-Schlüssel ({length} Zeichen; ein Schlüssel hat einige Dutzend). Kopieren Sie nur den Schlüssel von {page}</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="228"/>
        <source>{warning} Copy your key from {page}</source>
        <translation>{warning} Kopieren Sie Ihren Schlüssel von {page}</translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="236"/>
        <source>The key looks too short ({length} characters); it may be cut off. Copy the whole key from {page}</source>
        <translation>Der Schlüssel wirkt zu kurz ({length} Zeichen); vielleicht fehlt ein Teil. Kopieren Sie den ganzen Schlüssel von {page}</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_format.py" line="55"/>
        <source>Type the model id yourself (for example google/gemini-2.5-pro) and check again; if it keeps happening, send the diagnostic report to IT.</source>
        <translation>Geben Sie die Modell-ID selbst ein (zum Beispiel google/gemini-2.5-pro) und prüfen Sie erneut; wenn das wieder passiert, senden Sie den Bericht für die IT an Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_format.py" line="61"/>
        <source>The service&apos;s model list was empty.</source>
        <translation>Die Modellliste des Dienstes war leer.</translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_format.py" line="68"/>
        <source>The service&apos;s model list was not in a format this tool knows, so no model could be read from it.</source>
        <translation>Die Modellliste des Dienstes hatte ein Format, das dieses Programm nicht kennt, daher konnte kein Modell daraus gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="64"/>
        <source>Reached {url} in {took}.</source>
        <translation>{url} in {took} erreicht.</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="108"/>
        <source>This API key is switched off at the service.</source>
        <translation>Dieser API-Schlüssel ist beim Dienst ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="110"/>
        <source>Switch it on at {keys}, or create a new key there and paste it here.</source>
        <translation>Schalten Sie ihn unter {keys} ein oder erstellen Sie dort einen neuen Schlüssel und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="139"/>
        <source>This address does not show the account balance (it is not api.aimlapi.com).</source>
        <translation>Diese Adresse zeigt das Guthaben des Kontos nicht an (es ist nicht api.aimlapi.com).</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="140"/>
        <source>Check the balance on the AI/ML API dashboard, or ask IT about this address.</source>
        <translation>Sehen Sie das Guthaben im Dashboard von AI/ML API nach oder fragen Sie Ihre IT-Abteilung nach dieser Adresse.</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="157"/>
        <source>The API key works, but the balance is low: {balance}.</source>
        <translation>Der API-Schlüssel funktioniert, aber das Guthaben ist niedrig: {balance}.</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="158"/>
        <source>Top up soon on {billing} so Cursor does not stop mid-task.</source>
        <translation>Laden Sie bald unter {billing} auf, damit Cursor nicht mitten in einer Aufgabe stehen bleibt.</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="161"/>
        <source>The API key works; balance {balance}.</source>
        <translation>Der API-Schlüssel funktioniert; Guthaben {balance}.</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="168"/>
        <source>another name of it, which this route does not take</source>
        <translation>ein anderer Name dafür, den dieser Weg nicht annimmt</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="169"/>
        <source>its id in other capitals, and ids are case-sensitive</source>
        <translation>seine ID in anderer Groß- und Kleinschreibung, und bei IDs zählt die Schreibweise</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="170"/>
        <source>its id with another prefix, or none</source>
        <translation>seine ID mit einem anderen oder ohne Präfix</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="187"/>
        <source>Use {model} as the Deployment Name: “{typed}” is {how}.</source>
        <translation>Verwenden Sie {model} als „Deployment Name“: „{typed}“ ist {how}.</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="209"/>
        <source>The service answered Cursor&apos;s Verify request with status {status} instead of 200, and Cursor accepts only 200: it would say “Invalid credentials” even though the key works.</source>
        <translation>Der Dienst hat Cursors „Verify“-Anfrage mit Status {status} statt 200 beantwortet, und Cursor akzeptiert nur 200: Cursor würde „Invalid credentials“ melden, obwohl der Schlüssel funktioniert.</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="214"/>
        <source>Check that the Base URL is exactly {url} (a gateway in front of the service may answer differently); if it is, send the diagnostic report to IT.</source>
        <translation>Prüfen Sie, ob die „Base URL“ genau {url} lautet (ein vorgeschaltetes Gateway antwortet womöglich anders); wenn ja, senden Sie den Bericht für die IT an Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="222"/>
        <source>Cursor&apos;s Verify button will accept these values.</source>
        <translation>Cursors „Verify“-Schaltfläche wird diese Werte annehmen.</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="228"/>
        <source>Try the chat in Cursor; if answers stay empty, pick another model.</source>
        <translation>Probieren Sie den Chat in Cursor aus; bleiben die Antworten leer, wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="238"/>
        <source>{model} answered with an empty message.</source>
        <translation>{model} hat mit einer leeren Nachricht geantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="245"/>
        <source>{model} answered: “{reply}”</source>
        <translation>{model} hat geantwortet: „{reply}“</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="268"/>
        <source>The streamed answer arrived but was empty.</source>
        <translation>Die gestreamte Antwort kam an, war aber leer.</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="276"/>
        <source>Answers arrive word by word: first words after {first}, complete after {total}.</source>
        <translation>Antworten kommen Wort für Wort an: erste Wörter nach {first}, vollständig nach {total}.</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="292"/>
        <source>The model answered in words instead of using a tool, so Cursor&apos;s agent may not edit files.</source>
        <translation>Das Modell hat mit Text geantwortet, statt ein Werkzeug zu verwenden; Cursors Agent kann damit womöglich keine Dateien bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="294"/>
        <source>Chat works; for Cursor&apos;s agent, pick a model that can use tools.</source>
        <translation>Der Chat funktioniert; für Cursors Agenten wählen Sie ein Modell, das Werkzeuge verwenden kann.</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="305"/>
        <source>The model tried to use a tool but sent garbled details with it.</source>
        <translation>Das Modell wollte ein Werkzeug verwenden, hat dazu aber unbrauchbare Angaben geschickt.</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="306"/>
        <source>Agent mode may misbehave with this model; pick another model if edits fail.</source>
        <translation>Der Agent-Modus arbeitet mit diesem Modell womöglich fehlerhaft; wählen Sie ein anderes Modell, wenn Änderungen scheitern.</translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="313"/>
        <source>The model can use tools, which Cursor&apos;s agent needs to edit files.</source>
        <translation>Das Modell kann Werkzeuge verwenden, die Cursors Agent zum Bearbeiten von Dateien braucht.</translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="62"/>
        <source>Skipped: the service could not be reached (see above).</source>
        <translation>Übersprungen: Der Dienst war nicht erreichbar (siehe oben).</translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="63"/>
        <source>Skipped: the secure connection to the service failed (see above).</source>
        <translation>Übersprungen: Die sichere Verbindung zum Dienst ist fehlgeschlagen (siehe oben).</translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="64"/>
        <source>Skipped: something on the network is in the way (see above).</source>
        <translation>Übersprungen: Etwas im Netzwerk steht im Weg (siehe oben).</translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="65"/>
        <source>Skipped: a setting cannot be used as it is (see above).</source>
        <translation>Übersprungen: Eine Einstellung ist so nicht verwendbar (siehe oben).</translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="66"/>
        <source>Skipped: the API key was rejected (see above).</source>
        <translation>Übersprungen: Der API-Schlüssel wurde abgelehnt (siehe oben).</translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="68"/>
        <source>Skipped: the service refused the request because of the account (see above).</source>
        <translation>Übersprungen: Der Dienst hat die Anfrage wegen des Kontos abgelehnt (siehe oben).</translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="70"/>
        <source>Skipped: this key has reached its spending limit (see above).</source>
        <translation>Übersprungen: Dieser Schlüssel hat sein Ausgabenlimit erreicht (siehe oben).</translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="71"/>
        <source>Skipped: the deployment was not found (see above).</source>
        <translation>Übersprungen: Das Deployment wurde nicht gefunden (siehe oben).</translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="75"/>
        <source>Skipped: this model refuses a setting Cursor sends (see above).</source>
        <translation>Übersprungen: Dieses Modell lehnt eine Einstellung ab, die Cursor sendet (siehe oben).</translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="80"/>
        <source>Skipped: the Base URL does not lead to the service (see above).</source>
        <translation>Übersprungen: Die „Base URL“ führt nicht zum Dienst (siehe oben).</translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="122"/>
        <source>The model answered, so the key works for Cursor, but the account check said: {said}</source>
        <translation>Das Modell hat geantwortet, der Schlüssel funktioniert also für Cursor, aber die Kontoprüfung meldete: {said}</translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="144"/>
        <source>Skipped: the checks were cancelled.</source>
        <translation>Übersprungen: Die Prüfungen wurden abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="174"/>
        <source>This check stopped on an unexpected error.</source>
        <translation>Diese Prüfung wurde durch einen unerwarteten Fehler beendet.</translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="175"/>
        <source>Run the checks again; if it repeats, send the diagnostic report to IT.</source>
        <translation>Führen Sie die Prüfungen erneut aus; wenn das wieder passiert, senden Sie den Bericht für die IT an Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="341"/>
        <source>This check did not finish.</source>
        <translation>Diese Prüfung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="89"/>
        <source>The base URL is not a valid web address.</source>
        <translation>Die „Base URL“ ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="95"/>
        <source>{problem} Use the address of the service, for example {url}.</source>
        <translation>{problem} Verwenden Sie die Adresse des Dienstes, zum Beispiel {url}.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="143"/>
        <source>The base URL is far too long.</source>
        <translation>Die „Base URL“ ist viel zu lang.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="145"/>
        <source>The base URL has a space or line break in it.</source>
        <translation>Die „Base URL“ enthält ein Leerzeichen oder einen Zeilenumbruch.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="148"/>
        <source>The base URL has characters a web address cannot have.</source>
        <translation>Die „Base URL“ enthält Zeichen, die in einer Webadresse nicht vorkommen können.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="156"/>
        <source>Fixed the slashes after {scheme}:</source>
        <translation>Die Schrägstriche nach {scheme}: wurden korrigiert.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="159"/>
        <source>Added https: in front of the base URL.</source>
        <translation>https: wurde vor der „Base URL“ ergänzt.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="162"/>
        <source>Added https:// in front of the base URL.</source>
        <translation>https:// wurde vor der „Base URL“ ergänzt.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="164"/>
        <source>The base URL must start with https://.</source>
        <translation>Die „Base URL“ muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="176"/>
        <source>Remove the user name or password from the base URL: the key goes in the API key field.</source>
        <translation>Entfernen Sie Benutzername oder Passwort aus der „Base URL“: Der Schlüssel gehört in das Feld für den API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="184"/>
        <source>The base URL has port 0, which cannot work.</source>
        <translation>Die „Base URL“ hat Port 0, das kann nicht funktionieren.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="192"/>
        <source>The base URL must start with https:// (plain http:// would send your key unencrypted; it is allowed only for this computer, such as the built-in simulator).</source>
        <translation>Die „Base URL“ muss mit https:// beginnen (einfaches http:// würde Ihren Schlüssel unverschlüsselt senden; das ist nur für diesen Computer erlaubt, etwa für den eingebauten Testserver).</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="210"/>
        <source>Took the deployment {deployment} from the pasted URL and kept only its address.</source>
        <translation>Das Deployment {deployment} wurde aus der eingefügten URL übernommen, und nur deren Adresse wurde behalten.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="217"/>
        <source>Removed the request path from the base URL: Cursor adds it itself.</source>
        <translation>Der Anfragepfad wurde aus der „Base URL“ entfernt: Cursor ergänzt ihn selbst.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="221"/>
        <source>Removed the part after ? or # from the base URL: Cursor adds its own.</source>
        <translation>Der Teil nach ? oder # wurde aus der „Base URL“ entfernt: Cursor ergänzt einen eigenen.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="238"/>
        <source>Removed &quot;{what}&quot; from the end of the base URL: Cursor adds the path itself.</source>
        <translation>„{what}“ wurde am Ende der „Base URL“ entfernt: Cursor ergänzt den Pfad selbst.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="281"/>
        <source>{problem} A deployment is a model id such as {example}.</source>
        <translation>{problem} Ein Deployment ist eine Modell-ID wie {example}.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="292"/>
        <source>Removed quotes or invisible characters from the deployment name.</source>
        <translation>Anführungszeichen oder unsichtbare Zeichen wurden aus dem Deployment-Namen entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="302"/>
        <source>This is a web address, not a deployment name.</source>
        <translation>Das ist eine Webadresse, kein Deployment-Name.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="305"/>
        <source>Took the deployment name from the pasted URL.</source>
        <translation>Der Deployment-Name wurde aus der eingefügten URL übernommen.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="310"/>
        <source>Decoded %2F and similar codes in the deployment name.</source>
        <translation>%2F und ähnliche Codes im Deployment-Namen wurden umgewandelt.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="314"/>
        <source>Removed the slash at the start or end of the deployment name.</source>
        <translation>Der Schrägstrich am Anfang oder Ende des Deployment-Namens wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="317"/>
        <source>Enter a deployment name.</source>
        <translation>Geben Sie einen Deployment-Namen ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="322"/>
        <source>A deployment name has no spaces. A deployment is a model id such as {example}; pick one from the list.</source>
        <translation>Ein Deployment-Name enthält keine Leerzeichen. Ein Deployment ist eine Modell-ID wie {example}; wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="328"/>
        <source>The deployment name is far too long.</source>
        <translation>Der Deployment-Name ist viel zu lang.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="331"/>
        <source>a character</source>
        <translation>ein Zeichen</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="335"/>
        <source>The deployment name contains {character}, which model ids never have.</source>
        <translation>Der Deployment-Name enthält {character}, das in Modell-IDs nie vorkommt.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="340"/>
        <source>The deployment name has an empty or dot-only part.</source>
        <translation>Der Deployment-Name hat einen leeren Teil oder einen Teil nur aus Punkten.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="389"/>
        <source>The model alias has a line break or control character. Type it on one line.</source>
        <translation>Der Modell-Alias enthält einen Zeilenumbruch oder ein Steuerzeichen. Schreiben Sie ihn in eine Zeile.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="393"/>
        <source>Keep the model alias under {limit} characters.</source>
        <translation>Der Modell-Alias darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="409"/>
        <source>Cursor already has a built-in model called &quot;{name}&quot; and will reject it as a custom name. Choose another, such as &quot;{suggestion}&quot;.</source>
        <translation>Cursor hat bereits ein eingebautes Modell namens „{name}“ und lehnt diesen Namen für ein eigenes Modell ab. Wählen Sie einen anderen, zum Beispiel „{suggestion}“.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="418"/>
        <source>Avoid spaces in the model alias: use dashes instead.</source>
        <translation>Vermeiden Sie Leerzeichen im Modell-Alias: Verwenden Sie stattdessen Bindestriche.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="429"/>
        <source>Set the timeout to a number of seconds between {low:g} and {high:g}.</source>
        <translation>Geben Sie als Zeitlimit eine Zahl von Sekunden zwischen {low:g} und {high:g} an.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="473"/>
        <source>This field holds your API key. Put the key only in the API key field and clear this one.</source>
        <translation>Dieses Feld enthält Ihren API-Schlüssel. Geben Sie den Schlüssel nur im Feld für den API-Schlüssel ein und leeren Sie dieses Feld.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="488"/>
        <source>The pasted base URL named the deployment {pasted}; using {name} from the Deployment field.</source>
        <translation>Die eingefügte „Base URL“ nannte das Deployment {pasted}; verwendet wird {name} aus dem Deployment-Feld.</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="511"/>
        <source>Using a server on this computer (such as the built-in simulator).</source>
        <translation>Es wird ein Server auf diesem Computer verwendet (etwa der eingebaute Testserver).</translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="519"/>
        <source>Your key will be sent to {host}, not {official}. Continue only if your IT team gave you this address.</source>
        <translation>Ihr Schlüssel wird an {host} gesendet, nicht an {official}. Fahren Sie nur fort, wenn Ihr IT-Team Ihnen diese Adresse gegeben hat.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="57"/>
        <source>Give the period as a whole number of minutes, hours or days, such as 30m, 1h, 24h or 7d (up to 90d).</source>
        <translation>Geben Sie den Zeitraum als ganze Zahl von Minuten, Stunden oder Tagen an, etwa 30m, 1h, 24h oder 7d (höchstens 90d).</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="193"/>
        <source>The service&apos;s request log was not in the expected format.</source>
        <translation>Das Anfrageprotokoll des Dienstes hatte nicht das erwartete Format.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="268"/>
        <source>no spending limit</source>
        <translation>kein Ausgabenlimit</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="270"/>
        <source>a spending limit of {limit:g} USD a month</source>
        <translation>ein Ausgabenlimit von {limit:g} USD im Monat</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="273"/>
        <source>a spending limit of {limit:g} USD ({period})</source>
        <translation>ein Ausgabenlimit von {limit:g} USD ({period})</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="277"/>
        <source>{used:.2f} USD used this month</source>
        <translation>{used:.2f} USD in diesem Monat verbraucht</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="279"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="279"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="283"/>
        <source>The key ({name}): {limit}; scopes: {scopes}.</source>
        <translation>Der Schlüssel ({name}): {limit}; Berechtigungen: {scopes}.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="288"/>
        <source>The key: {limit}; scopes: {scopes}.</source>
        <translation>Der Schlüssel: {limit}; Berechtigungen: {scopes}.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="307"/>
        <source>The service does not show this key&apos;s details to it.</source>
        <translation>Der Dienst zeigt diesem Schlüssel seine eigenen Details nicht an.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="310"/>
        <source>The key&apos;s details could not be read.</source>
        <translation>Die Details des Schlüssels konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="338"/>
        <source>Could not read how {model} is doing at the service.</source>
        <translation>Es konnte nicht gelesen werden, wie es {model} beim Dienst gerade geht.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="341"/>
        <source>{model} answered requests at the service in the last {minutes} minutes.</source>
        <translation>{model} hat in den letzten {minutes} Minuten Anfragen beim Dienst beantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="346"/>
        <source>The service has seen no successful request to {model} in the last {minutes} minutes (a model few people use can be quiet; a busy one may be having trouble).</source>
        <translation>Der Dienst hat in den letzten {minutes} Minuten keine erfolgreiche Anfrage an {model} gesehen (ein selten genutztes Modell kann ruhig sein; ein viel genutztes hat vielleicht Probleme).</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="58"/>
        <location filename="../../app/core/cursor/findings.py" line="46"/>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="59"/>
        <location filename="../../app/core/cursor/findings.py" line="47"/>
        <source>Deployment Name</source>
        <translation>Deployment Name</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="60"/>
        <source>Custom models</source>
        <translation>Benutzerdefinierte Modelle</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="61"/>
        <source>Models switched on</source>
        <translation>Eingeschaltete Modelle</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="62"/>
        <source>Models switched off</source>
        <translation>Ausgeschaltete Modelle</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="142"/>
        <source>{url} is an address on this computer: Cursor sends its chat requests from its own servers, which cannot reach it. Check the real service here, then apply.</source>
        <translation>{url} ist eine Adresse auf diesem Computer: Cursor sendet seine Chat-Anfragen von eigenen Servern, die diese Adresse nicht erreichen. Prüfen Sie hier den echten Dienst und übernehmen Sie dann.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="149"/>
        <source>The Base URL should be {url}; check it again here first.</source>
        <translation>Die „Base URL“ sollte {url} lauten; prüfen Sie sie zuerst hier erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="154"/>
        <source>The deployment should be {deployment}; check it again here first.</source>
        <translation>Das Deployment sollte {deployment} lauten; prüfen Sie es zuerst hier erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="158"/>
        <source>Choose a model alias without spaces (for example aimlapi-gemini-2.5-pro).</source>
        <translation>Wählen Sie einen Modell-Alias ohne Leerzeichen (zum Beispiel aimlapi-gemini-2.5-pro).</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="164"/>
        <source>&quot;{alias}&quot; is the name of a model built into Cursor, which Cursor refuses as a custom model. Choose another model alias.</source>
        <translation>„{alias}“ ist der Name eines in Cursor eingebauten Modells, den Cursor für ein benutzerdefiniertes Modell ablehnt. Wählen Sie einen anderen Modell-Alias.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="178"/>
        <source>{where} is not a list of names</source>
        <translation>{where} ist keine Liste von Namen</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="202"/>
        <location filename="../../app/core/cursor/apply.py" line="225"/>
        <source>{where} is not an object</source>
        <translation>{where} ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="209"/>
        <source>{where} is not text</source>
        <translation>{where} ist kein Text</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="218"/>
        <source>This Cursor keeps its model list elsewhere: add {alias} in Cursor Settings -&gt; Models (&quot;+ Add Custom Model&quot;) and switch it on.</source>
        <translation>Diese Cursor-Version speichert ihre Modellliste anderswo: Fügen Sie {alias} unter „Cursor Settings -&gt; Models“ hinzu („+ Add Custom Model“) und schalten Sie es ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="261"/>
        <source>Switched off {names}, added by this tool before: {alias} takes its place.</source>
        <translation>{names} ausgeschaltet (früher von diesem Programm hinzugefügt): {alias} tritt an seine Stelle.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="267"/>
        <source>Switched off {names}, added by this tool before: {alias} takes their place.</source>
        <translation>{names} ausgeschaltet (früher von diesem Programm hinzugefügt): {alias} tritt an ihre Stelle.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="273"/>
        <source>Would switch off {names}, added by this tool before: {alias} would take its place.</source>
        <translation>Würde {names} ausschalten (früher von diesem Programm hinzugefügt): {alias} träte an seine Stelle.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="278"/>
        <source>Would switch off {names}, added by this tool before: {alias} would take their place.</source>
        <translation>Würde {names} ausschalten (früher von diesem Programm hinzugefügt): {alias} träte an ihre Stelle.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="316"/>
        <source>Could not read the list of models this tool added, so any it added earlier are left on (switch them off in Cursor Settings -&gt; Models if they are not needed).</source>
        <translation>Die Liste der von diesem Programm hinzugefügten Modelle konnte nicht gelesen werden; früher hinzugefügte bleiben daher eingeschaltet (schalten Sie sie in Cursor Settings -&gt; Models aus, wenn sie nicht gebraucht werden).</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="383"/>
        <source>Cursor already has these values; nothing was changed.</source>
        <translation>Cursor hat diese Werte bereits; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="390"/>
        <source>Cursor is running: quit it before applying.</source>
        <translation>Cursor läuft: Beenden Sie Cursor vor dem Übernehmen.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="393"/>
        <source>Apply would change: {changes}.</source>
        <translation>Übernehmen würde ändern: {changes}.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="429"/>
        <source>Could not record {alias} as added by this tool, so a later apply with another alias will leave it on.</source>
        <translation>{alias} konnte nicht als von diesem Programm hinzugefügt vermerkt werden; ein späteres Übernehmen mit einem anderen Alias lässt es daher eingeschaltet.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="456"/>
        <source>Cursor&apos;s settings file is read-only for you, so nothing was changed.</source>
        <translation>Die Einstellungsdatei von Cursor ist für Sie schreibgeschützt, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="458"/>
        <source>Make {path} writable for your user (or ask IT), then try again.</source>
        <translation>Machen Sie {path} für Ihren Benutzer beschreibbar (oder fragen Sie die IT) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="486"/>
        <source>Cursor&apos;s settings were changed: {changes}. A backup was saved in {folder}.</source>
        <translation>Cursors Einstellungen wurden geändert: {changes}. Eine Sicherung wurde in {folder} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="502"/>
        <source>Nothing was left half-changed: the backup was put back. Copy the values into Cursor by hand.</source>
        <translation>Nichts ist halb geändert geblieben: Die Sicherung wurde zurückgespielt. Übertragen Sie die Werte von Hand in Cursor.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="505"/>
        <source>Restore the backup from {folder} (Restore), or copy the values into Cursor by hand.</source>
        <translation>Spielen Sie die Sicherung aus {folder} zurück (Wiederherstellen) oder übertragen Sie die Werte von Hand in Cursor.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="509"/>
        <source>Cursor&apos;s settings did not read back as written.</source>
        <translation>Cursors Einstellungen ließen sich nicht so zurücklesen, wie sie geschrieben wurden.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="575"/>
        <source>The backup is damaged or incomplete, so it was not brought back.</source>
        <translation>Die Sicherung ist beschädigt oder unvollständig und wurde daher nicht zurückgespielt.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="577"/>
        <source>Nothing was changed. Copy the values into Cursor by hand if needed.</source>
        <translation>Nichts wurde geändert. Übertragen Sie die Werte bei Bedarf von Hand in Cursor.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="589"/>
        <source>Cursor&apos;s settings already match the backup.</source>
        <translation>Cursors Einstellungen entsprechen bereits der Sicherung.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="603"/>
        <source>The backup could not be put back completely.</source>
        <translation>Die Sicherung konnte nicht vollständig zurückgespielt werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="605"/>
        <source>Your settings as they were just before are saved in {folder}.</source>
        <translation>Ihre Einstellungen, wie sie kurz davor waren, sind in {folder} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="607"/>
        <source>Copy the values into Cursor by hand.</source>
        <translation>Übertragen Sie die Werte von Hand in Cursor.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="613"/>
        <source>Cursor&apos;s settings were brought back from the backup of {created:%Y-%m-%d %H:%M} UTC.</source>
        <translation>Cursors Einstellungen wurden aus der Sicherung vom {created:%d.%m.%Y %H:%M} UTC zurückgeholt.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/backups.py" line="199"/>
        <source>Could not make a backup of Cursor&apos;s settings, so nothing was changed.</source>
        <translation>Von Cursors Einstellungen konnte keine Sicherung angelegt werden, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/backups.py" line="204"/>
        <source>Could not make a backup of Cursor&apos;s settings, so nothing was changed: {name} beside them is not a file (a named pipe or a device).</source>
        <translation>Von Cursors Einstellungen konnte keine Sicherung erstellt werden, daher wurde nichts geändert: {name} daneben ist keine Datei (eine Named Pipe oder ein Gerät).</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/backups.py" line="210"/>
        <source>Quit Cursor, move {path} away, open Cursor once and quit it, then try again.</source>
        <translation>Beenden Sie Cursor, verschieben Sie {path} an einen anderen Ort, öffnen und beenden Sie Cursor einmal und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/backups.py" line="216"/>
        <source>{folder} is taken by something that is not a folder; move it away, then try again.</source>
        <translation>An der Stelle von {folder} liegt etwas, das kein Ordner ist; verschieben Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/backups.py" line="220"/>
        <source>Make sure there is free disk space in {folder}, then try again.</source>
        <translation>Sorgen Sie für freien Speicherplatz in {folder} und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/backups.py" line="223"/>
        <source>Make sure you may write in {folder} (Cursor&apos;s own folder), then try again.</source>
        <translation>Stellen Sie sicher, dass Sie in {folder} (Cursors eigenem Ordner) schreiben dürfen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/backups.py" line="227"/>
        <source>Check that {folder} can be written to, then try again.</source>
        <translation>Prüfen Sie, ob in {folder} geschrieben werden kann, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/check.py" line="99"/>
        <source>the model&apos;s catalog entry</source>
        <translation>den Katalogeintrag des Modells</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/check.py" line="119"/>
        <source>The key&apos;s details could not be read: {why}</source>
        <translation>Die Details des Schlüssels konnten nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/check.py" line="141"/>
        <source>The service&apos;s request log did not answer within {seconds:g} seconds.</source>
        <translation>Das Anfrageprotokoll des Dienstes hat nicht innerhalb von {seconds:g} Sekunden geantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/check.py" line="142"/>
        <source>Try again in a minute; on a slow connection, raise the time limit.</source>
        <translation>Versuchen Sie es in einer Minute erneut; bei einer langsamen Verbindung erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/check.py" line="190"/>
        <source>The key&apos;s details could not be read in time.</source>
        <translation>Die Angaben zum Schlüssel konnten nicht rechtzeitig gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/demo.py" line="118"/>
        <source>A stand-in for Cursor&apos;s request can only be sent to the built-in simulator on this computer, not to {url}.</source>
        <translation>Eine nachgestellte Cursor-Anfrage kann nur an den eingebauten Testserver auf diesem Computer gesendet werden, nicht an {url}.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/demo.py" line="122"/>
        <source>Start the app with --demo to try it.</source>
        <translation>Starten Sie das Programm mit --demo, um es auszuprobieren.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/demo.py" line="133"/>
        <source>the simulated Cursor request</source>
        <translation>die nachgestellte Cursor-Anfrage</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/demo.py" line="144"/>
        <source>The simulator&apos;s answer was not in the expected format.</source>
        <translation>Die Antwort des Testservers hatte nicht das erwartete Format.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="48"/>
        <source>Azure OpenAI switch</source>
        <translation>Schalter „Azure OpenAI“</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="49"/>
        <source>API Key</source>
        <translation>API Key</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="50"/>
        <source>Custom model added</source>
        <translation>Benutzerdefiniertes Modell hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="51"/>
        <source>Custom model switched on</source>
        <translation>Benutzerdefiniertes Modell eingeschaltet</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="52"/>
        <source>Other custom models</source>
        <translation>Andere benutzerdefinierte Modelle</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="53"/>
        <source>Override OpenAI Base URL</source>
        <translation>Override OpenAI Base URL</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="56"/>
        <source>Cursor Settings -&gt; Models</source>
        <translation>„Cursor Settings -&gt; Models“</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="148"/>
        <source>Press Apply to Cursor, or set Base URL in {section} to exactly {url}</source>
        <translation>Klicken Sie auf „In Cursor übernehmen“ oder setzen Sie „Base URL“ in {section} genau auf {url}</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="160"/>
        <source>Could not read Cursor&apos;s Base URL.</source>
        <translation>Cursors „Base URL“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="161"/>
        <source>Set Base URL in {section} to exactly {url}</source>
        <translation>Setzen Sie „Base URL“ in {section} auf genau {url}</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="164"/>
        <source>Cursor has no Base URL yet.</source>
        <translation>Cursor hat noch keine „Base URL“.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="166"/>
        <source>Base URL is {url}.</source>
        <translation>„Base URL“ ist {url}.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="173"/>
        <source>Cursor&apos;s Base URL ({shown}) is not a web address Cursor can use.</source>
        <translation>Cursors „Base URL“ ({shown}) ist keine Webadresse, die Cursor verwenden kann.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="179"/>
        <source>Cursor&apos;s Base URL starts with http:// ({shown}). Cursor puts https:// in front of anything else, so the address it builds cannot work.</source>
        <translation>Cursors „Base URL“ beginnt mit http:// ({shown}). Cursor setzt vor alles andere https://, daher kann die daraus gebildete Adresse nicht funktionieren.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="190"/>
        <source>Cursor&apos;s Base URL points to {have}, not {want}: Cursor would send your requests and your key there.</source>
        <translation>Cursors „Base URL“ zeigt auf {have}, nicht auf {want}: Cursor würde Ihre Anfragen und Ihren Schlüssel dorthin senden.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="202"/>
        <source>Cursor&apos;s Base URL ends in /openai ({shown}). Cursor adds /openai/deployments/... itself, so its requests go to /openai/openai/... and fail.</source>
        <translation>Cursors „Base URL“ endet auf /openai ({shown}). Cursor ergänzt /openai/deployments/... selbst, daher gehen seine Anfragen an /openai/openai/... und scheitern.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="210"/>
        <source>Cursor&apos;s Base URL has more after the address ({shown}). Cursor adds the rest of the request&apos;s address itself, so its requests would fail.</source>
        <translation>Cursors „Base URL“ enthält mehr als die Adresse ({shown}). Cursor ergänzt den Rest der Anfrageadresse selbst, daher würden seine Anfragen scheitern.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="217"/>
        <source>Cursor&apos;s Base URL is {shown}; the one set up here is {url}.</source>
        <translation>Cursors „Base URL“ ist {shown}; hier eingerichtet ist {url}.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="238"/>
        <source>Press Apply to Cursor, or set Deployment Name in {section} to exactly {deployment}</source>
        <translation>Klicken Sie auf „In Cursor übernehmen“ oder setzen Sie „Deployment Name“ in {section} genau auf {deployment}</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="250"/>
        <source>Could not read Cursor&apos;s Deployment Name.</source>
        <translation>Cursors „Deployment Name“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="252"/>
        <source>Set Deployment Name in {section} to exactly {deployment}</source>
        <translation>Setzen Sie „Deployment Name“ in {section} auf genau {deployment}</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="259"/>
        <source>Cursor has no Deployment Name yet.</source>
        <translation>Cursor hat noch keinen „Deployment Name“.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="262"/>
        <source>Deployment Name is {deployment}.</source>
        <translation>„Deployment Name“ ist {deployment}.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="267"/>
        <source>Cursor&apos;s Deployment Name has spaces around {deployment}; remove them.</source>
        <translation>Cursors „Deployment Name“ hat Leerzeichen um {deployment}; entfernen Sie sie.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="273"/>
        <source>Cursor&apos;s Deployment Name is written with a code in place of the slash ({name}); it must be {deployment}.</source>
        <translation>Cursors „Deployment Name“ enthält einen Code anstelle des Schrägstrichs ({name}); er muss {deployment} lauten.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="283"/>
        <source>Cursor&apos;s Deployment Name ({name}) differs from {deployment} in capital letters.</source>
        <translation>Cursors „Deployment Name“ ({name}) unterscheidet sich von {deployment} in der Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="292"/>
        <source>Cursor&apos;s Deployment Name is {name}, a model&apos;s short name (the full id is {meant}): the deployment is the model&apos;s id with the part before the slash, here {deployment}.</source>
        <translation>Cursors „Deployment Name“ ist {name}, der Kurzname eines Modells (die vollständige ID ist {meant}): Das Deployment ist die Modell-ID mit dem Teil vor dem Schrägstrich, hier {deployment}.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="300"/>
        <source>Cursor&apos;s Deployment Name is {name}, a model&apos;s short name: the deployment is the model&apos;s id with the part before the slash, here {deployment}.</source>
        <translation>Cursors „Deployment Name“ ist {name}, der Kurzname eines Modells: Das Deployment ist die Modell-ID mit dem Teil vor dem Schrägstrich, hier {deployment}.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="309"/>
        <source>Cursor uses the deployment {name}, but the one set up here is {deployment}. The Deployment Name decides which model answers every request.</source>
        <translation>Cursor verwendet das Deployment {name}, hier eingerichtet ist aber {deployment}. Der „Deployment Name“ bestimmt, welches Modell jede Anfrage beantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="319"/>
        <source>In {section}, paste your API Key, press Verify, and make sure the switch is on (changing any field there turns it off until Verify passes again).</source>
        <translation>Fügen Sie in {section} Ihren „API Key“ ein, klicken Sie auf „Verify“ und achten Sie darauf, dass der Schalter eingeschaltet ist (jede Änderung eines Felds dort schaltet ihn aus, bis „Verify“ wieder gelingt).</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="325"/>
        <source>Could not read the Azure OpenAI switch.</source>
        <translation>Der Schalter „Azure OpenAI“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="328"/>
        <location filename="../../app/core/cursor/traffic.py" line="228"/>
        <source>The Azure OpenAI switch is on.</source>
        <translation>Der Schalter „Azure OpenAI“ ist eingeschaltet.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="332"/>
        <source>The Azure OpenAI switch is off, so Cursor does not use it.</source>
        <translation>Der Schalter „Azure OpenAI“ ist ausgeschaltet, daher verwendet Cursor diesen Bereich nicht.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="339"/>
        <source>Copy your key with the Copy button here and paste it into API Key in {section} (this tool never writes the key into Cursor).</source>
        <translation>Kopieren Sie Ihren Schlüssel hier mit der Schaltfläche zum Kopieren und fügen Sie ihn in {section} unter „API Key“ ein (dieses Programm schreibt den Schlüssel nie in Cursor).</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="346"/>
        <source>Could not tell whether Cursor has an API Key (this Cursor may keep it encrypted).</source>
        <translation>Es war nicht festzustellen, ob Cursor einen „API Key“ hat (diese Cursor-Version speichert ihn womöglich verschlüsselt).</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="349"/>
        <source>Could not tell whether Cursor has an API Key.</source>
        <translation>Es war nicht festzustellen, ob Cursor einen „API Key“ hat.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="353"/>
        <source>Cursor has an API Key in its Azure OpenAI section.</source>
        <translation>Cursor hat einen „API Key“ im Bereich „Azure OpenAI“.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="356"/>
        <location filename="../../app/core/cursor/traffic.py" line="300"/>
        <source>Cursor has no API Key in its Azure OpenAI section.</source>
        <translation>Cursor hat keinen „API Key“ im Bereich „Azure OpenAI“.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="363"/>
        <source>Choose another model alias here, such as &quot;{suggestion}&quot;, then press Apply to Cursor.</source>
        <translation>Wählen Sie hier einen anderen Modell-Alias, zum Beispiel „{suggestion}“, und klicken Sie dann auf „In Cursor übernehmen“.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="367"/>
        <source>&quot;{alias}&quot; is the name of a model built into Cursor: Cursor 2.x and later refuse it as a custom model, and built-in models never use your key.</source>
        <translation>„{alias}“ ist der Name eines in Cursor eingebauten Modells: Ab Cursor 2.x wird er für ein benutzerdefiniertes Modell abgelehnt, und eingebaute Modelle verwenden nie Ihren Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="377"/>
        <source>Could not read Cursor&apos;s list of custom models.</source>
        <translation>Cursors Liste der benutzerdefinierten Modelle konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="378"/>
        <source>Check in {page} that {alias} is listed.</source>
        <translation>Prüfen Sie unter {page}, ob {alias} aufgeführt ist.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="386"/>
        <source>The custom model {alias} is in Cursor&apos;s list.</source>
        <translation>Das benutzerdefinierte Modell {alias} steht in Cursors Liste.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="393"/>
        <source>The custom model {alias} is not in Cursor&apos;s list of models yet.</source>
        <translation>Das benutzerdefinierte Modell {alias} steht noch nicht in Cursors Modellliste.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="395"/>
        <source>Press Apply to Cursor, or in {page} press &quot;+ Add Custom Model&quot; and type {alias}</source>
        <translation>Klicken Sie auf „In Cursor übernehmen“ oder klicken Sie unter {page} auf „+ Add Custom Model“ und geben Sie {alias} ein</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="405"/>
        <source>Press Apply to Cursor, or switch {alias} on in the model list of {page}.</source>
        <translation>Klicken Sie auf „In Cursor übernehmen“ oder schalten Sie {alias} in der Modellliste unter {page} ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="414"/>
        <source>Could not tell whether {alias} is switched on.</source>
        <translation>Es war nicht festzustellen, ob {alias} eingeschaltet ist.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="415"/>
        <source>Switch {alias} on in the model list of {page}.</source>
        <translation>Schalten Sie {alias} in der Modellliste unter {page} ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="421"/>
        <source>{alias} is switched on in Cursor&apos;s model list.</source>
        <translation>{alias} ist in Cursors Modellliste eingeschaltet.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="424"/>
        <source>{alias} is not in Cursor&apos;s model list, so it cannot be switched on yet.</source>
        <translation>{alias} steht nicht in Cursors Modellliste und kann daher noch nicht eingeschaltet werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="426"/>
        <source>{alias} is switched off in Cursor&apos;s model list.</source>
        <translation>{alias} ist in Cursors Modellliste ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="428"/>
        <source>{alias} is not switched on in Cursor&apos;s model list.</source>
        <translation>{alias} ist in Cursors Modellliste nicht eingeschaltet.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="438"/>
        <source>Could not tell which other custom models are switched on.</source>
        <translation>Es war nicht festzustellen, welche anderen benutzerdefinierten Modelle eingeschaltet sind.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="440"/>
        <source>In {page}, keep only {alias} switched on among your custom models.</source>
        <translation>Lassen Sie unter {page} von Ihren benutzerdefinierten Modellen nur {alias} eingeschaltet.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="448"/>
        <source>No other custom models are switched on.</source>
        <translation>Keine anderen benutzerdefinierten Modelle sind eingeschaltet.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="452"/>
        <source>{names} and {count} more</source>
        <translation>{names} und {count} weitere</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="457"/>
        <source>Other custom models are switched on too ({names}). Cursor sends every custom model to the one Azure deployment ({deployment}), so picking one of them would quietly use it as well.</source>
        <translation>Andere benutzerdefinierte Modelle sind ebenfalls eingeschaltet ({names}). Cursor schickt jedes benutzerdefinierte Modell an das eine Azure-Deployment ({deployment}); wer eines davon wählt, nutzt also unbemerkt ebenfalls dieses.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="463"/>
        <source>In {page}, switch off {names} and keep only {alias} on.</source>
        <translation>Schalten Sie unter {page} {names} aus und lassen Sie nur {alias} eingeschaltet.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="473"/>
        <source>In {page}, switch off the OpenAI API Key and clear Override OpenAI Base URL; use only the Azure OpenAI section.</source>
        <translation>Schalten Sie unter {page} „OpenAI API Key“ aus und leeren Sie „Override OpenAI Base URL“; verwenden Sie nur den Bereich „Azure OpenAI“.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="479"/>
        <source>Could not read the OpenAI key settings.</source>
        <translation>Die Einstellungen zum OpenAI-Schlüssel konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="483"/>
        <location filename="../../app/core/cursor/traffic.py" line="251"/>
        <source>The Override OpenAI Base URL route is off.</source>
        <translation>„Override OpenAI Base URL“ ist ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="487"/>
        <source>The Override OpenAI Base URL route is on ({url}). It breaks Agent mode for custom models and can take requests meant for the Azure OpenAI section.</source>
        <translation>„Override OpenAI Base URL“ ist eingeschaltet ({url}). Das stört den Agent-Modus bei benutzerdefinierten Modellen und kann Anfragen abfangen, die für den Bereich „Azure OpenAI“ gedacht sind.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="493"/>
        <source>The Override OpenAI Base URL route is on. It breaks Agent mode for custom models and can take requests meant for the Azure OpenAI section.</source>
        <translation>„Override OpenAI Base URL“ ist eingeschaltet. Das stört den Agent-Modus bei benutzerdefinierten Modellen und kann Anfragen abfangen, die für den Bereich „Azure OpenAI“ gedacht sind.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/install.py" line="115"/>
        <source>install folder</source>
        <translation>Installationsordner</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/install.py" line="128"/>
        <source>user data folder (its User folder)</source>
        <translation>Benutzerdatenordner (sein Ordner „User“)</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/install.py" line="128"/>
        <source>a globalStorage folder</source>
        <translation>„globalStorage“</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="17"/>
        <source>Cursor Settings -&gt; Models -&gt; Azure OpenAI</source>
        <translation>„Cursor Settings -&gt; Models -&gt; Azure OpenAI“</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="19"/>
        <source>Quit Cursor completely (File -&gt; Exit; on a Mac, Cursor -&gt; Quit Cursor), then press Apply again.</source>
        <translation>Beenden Sie Cursor vollständig („File -&gt; Exit“; auf dem Mac „Cursor -&gt; Quit Cursor“) und klicken Sie dann erneut auf „In Cursor übernehmen“.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="30"/>
        <source>Cursor&apos;s settings were not found on this computer.</source>
        <translation>Cursors Einstellungen wurden auf diesem Computer nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="32"/>
        <source>Install Cursor from https://cursor.com, open it once and quit it, then check again. You can always copy the values into Cursor by hand.</source>
        <translation>Installieren Sie Cursor von https://cursor.com, öffnen und beenden Sie es einmal und prüfen Sie dann erneut. Sie können die Werte auch jederzeit von Hand in Cursor übertragen.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="42"/>
        <source>The folder given as Cursor&apos;s {what} ({path}) does not exist.</source>
        <translation>Der als Cursors {what} angegebene Ordner ({path}) existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="46"/>
        <source>The folder given as Cursor&apos;s {what} ({path}) does not look like one: it has no {expected}.</source>
        <translation>Der als Cursors {what} angegebene Ordner ({path}) sieht nicht danach aus: Es fehlt {expected}.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="55"/>
        <source>Give the folder that holds {expected}, or leave the option out to look in the usual places.</source>
        <translation>Geben Sie den Ordner an, der {expected} enthält, oder lassen Sie die Option weg, um an den üblichen Orten zu suchen.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="73"/>
        <source>Cursor is running. While it runs it keeps its own copy of these settings and would overwrite any change, so nothing was changed.</source>
        <translation>Cursor läuft. Solange Cursor läuft, hält es eine eigene Kopie dieser Einstellungen und würde jede Änderung überschreiben, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="92"/>
        <source>Cursor started while this tool was changing its settings: the change was written, but Cursor may put its own copy back when it quits.</source>
        <translation>Cursor wurde gestartet, während dieses Programm seine Einstellungen änderte: Die Änderung wurde geschrieben, aber Cursor schreibt beim Beenden möglicherweise seine eigene Kopie zurück.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="96"/>
        <source>Quit Cursor, then compare again (Cursor&apos;s settings, here); press Apply to Cursor again if the values are gone.</source>
        <translation>Beenden Sie Cursor und vergleichen Sie dann erneut (Cursors Einstellungen, hier); klicken Sie erneut auf „In Cursor übernehmen“, wenn die Werte fehlen.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="107"/>
        <source>This tool could not tell whether Cursor is running, so it changed nothing (a running Cursor would overwrite the change).</source>
        <translation>Dieses Programm konnte nicht feststellen, ob Cursor läuft, und hat daher nichts geändert (ein laufendes Cursor würde die Änderung überschreiben).</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="111"/>
        <source>Make sure Cursor is closed, then try again; if this keeps happening, copy the values into Cursor by hand.</source>
        <translation>Stellen Sie sicher, dass Cursor geschlossen ist, und versuchen Sie es erneut; wenn das wieder passiert, übertragen Sie die Werte von Hand in Cursor.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="122"/>
        <source>Could not read Cursor&apos;s settings: {reason}</source>
        <translation>Cursors Einstellungen konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="124"/>
        <source>Open Cursor once and quit it, then check again. If this keeps happening, copy the values into {section} by hand.</source>
        <translation>Öffnen und beenden Sie Cursor einmal und prüfen Sie dann erneut. Wenn das wieder passiert, übertragen Sie die Werte von Hand in {section}.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="137"/>
        <source>Cursor&apos;s settings are stored in a way this tool does not recognise ({where}), so nothing was changed.</source>
        <translation>Cursors Einstellungen sind auf eine Weise gespeichert, die dieses Programm nicht kennt ({where}), daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="142"/>
        <source>Copy the values into {section} by hand; a newer version of this tool may handle this Cursor.</source>
        <translation>Übertragen Sie die Werte von Hand in {section}; eine neuere Version dieses Programms kommt mit dieser Cursor-Version vielleicht zurecht.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="153"/>
        <source>Another program is using Cursor&apos;s settings right now (often Cursor still closing), so nothing was changed.</source>
        <translation>Ein anderes Programm verwendet gerade Cursors Einstellungen (oft ist Cursor noch beim Beenden), daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="156"/>
        <source>Wait a few seconds, make sure Cursor is closed, and try again.</source>
        <translation>Warten Sie ein paar Sekunden, stellen Sie sicher, dass Cursor geschlossen ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="164"/>
        <source>Cursor&apos;s settings changed while this tool was preparing the change, so nothing was changed.</source>
        <translation>Cursors Einstellungen haben sich geändert, während dieses Programm die Änderung vorbereitet hat, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="165"/>
        <source>Make sure Cursor is closed, then try again.</source>
        <translation>Stellen Sie sicher, dass Cursor geschlossen ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="176"/>
        <source>Nothing else was changed. Copy the values into {section} by hand.</source>
        <translation>Sonst wurde nichts geändert. Übertragen Sie die Werte von Hand in {section}.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="185"/>
        <source>There is no backup of Cursor&apos;s settings to bring back.</source>
        <translation>Es gibt keine Sicherung von Cursors Einstellungen, die zurückgespielt werden könnte.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="186"/>
        <source>A backup is made each time this tool changes Cursor&apos;s settings; nothing has been changed yet.</source>
        <translation>Jedes Mal, wenn dieses Programm Cursors Einstellungen ändert, wird eine Sicherung angelegt; bisher wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="196"/>
        <source>Cursor&apos;s Verify request did not pass with these values, so nothing was changed: {why}</source>
        <translation>Die Verify-Anfrage von Cursor war mit diesen Werten nicht erfolgreich, daher wurde nichts geändert: {why}</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="209"/>
        <source>Fix the value here and check it again before applying it to Cursor.</source>
        <translation>Korrigieren Sie den Wert hier und prüfen Sie ihn erneut, bevor Sie ihn in Cursor übernehmen.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/settings.py" line="132"/>
        <source>they are damaged (not valid JSON).</source>
        <translation>sie sind beschädigt (kein gültiges JSON).</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/settings.py" line="136"/>
        <source>the AI settings are not a JSON object</source>
        <translation>die KI-Einstellungen sind kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/settings.py" line="258"/>
        <source>Cursor has not saved its AI settings yet.</source>
        <translation>Cursor hat seine KI-Einstellungen noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/settings.py" line="266"/>
        <source>they are not stored as text.</source>
        <translation>sie sind nicht als Text gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="65"/>
        <source>another program holds them locked (often Cursor still closing).</source>
        <translation>Ein anderes Programm hält sie gesperrt (oft ist Cursor noch beim Beenden).</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="67"/>
        <source>the settings file is damaged or is not a settings database.</source>
        <translation>Die Einstellungsdatei ist beschädigt oder keine Einstellungsdatenbank.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="69"/>
        <source>the settings file could not be opened (check that you can read it).</source>
        <translation>Die Einstellungsdatei konnte nicht geöffnet werden (prüfen Sie, ob Sie sie lesen dürfen).</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="70"/>
        <source>the settings file could not be read.</source>
        <translation>Die Einstellungsdatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="80"/>
        <location filename="../../app/core/files.py" line="55"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="80"/>
        <source>a special file (such as a named pipe)</source>
        <translation>eine Spezialdatei (etwa eine Named Pipe)</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="83"/>
        <source>{path} is {kind}, not a file.</source>
        <translation>{path} ist {kind}, keine Datei.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="92"/>
        <source>no {table} table</source>
        <translation>keine Tabelle {table}</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="95"/>
        <source>{table} has other columns</source>
        <translation>{table} hat andere Spalten</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="108"/>
        <source>the settings row holds {kind}, not text</source>
        <translation>die Einstellungszeile enthält {kind}, keinen Text</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="111"/>
        <source>the settings row is far too large</source>
        <translation>die Einstellungszeile ist viel zu groß</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="173"/>
        <source>Could not change Cursor&apos;s settings: {reason}</source>
        <translation>Cursors Einstellungen konnten nicht geändert werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="193"/>
        <source>Cursor&apos;s settings file could not be opened for writing.</source>
        <translation>Cursors Einstellungsdatei konnte nicht zum Schreiben geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="213"/>
        <source>Cursor&apos;s settings could not be changed.</source>
        <translation>Cursors Einstellungen konnten nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="120"/>
        <source>{time:%H:%M} UTC (just now)</source>
        <translation>{time:%H:%M} UTC (gerade eben)</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="122"/>
        <source>{time:%H:%M} UTC (1 minute ago)</source>
        <translation>{time:%H:%M} UTC (vor 1 Minute)</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="124"/>
        <source>{time:%H:%M} UTC ({minutes} minutes ago)</source>
        <translation>{time:%H:%M} UTC (vor {minutes} Minuten)</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="134"/>
        <source>The key Cursor uses is disabled at the service.</source>
        <translation>Der Schlüssel, den Cursor verwendet, ist beim Dienst deaktiviert.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="136"/>
        <source>Create a new key at {keys}, check it here, and paste it into API Key in Cursor.</source>
        <translation>Erstellen Sie unter {keys} einen neuen Schlüssel, prüfen Sie ihn hier und fügen Sie ihn in Cursor unter „API Key“ ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="144"/>
        <source>The key has reached its spending limit for this month.</source>
        <translation>Der Schlüssel hat sein Ausgabenlimit für diesen Monat erreicht.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="146"/>
        <source>Raise the key&apos;s spending limit at {keys} or top up at {billing}, then try Cursor again.</source>
        <translation>Erhöhen Sie das Ausgabenlimit des Schlüssels unter {keys} oder laden Sie unter {billing} Guthaben auf und versuchen Sie es dann erneut in Cursor.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="155"/>
        <source>The account has run out of credits.</source>
        <translation>Das Konto hat kein Guthaben mehr.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="156"/>
        <source>Top up the credits at {billing}, then try Cursor again.</source>
        <translation>Laden Sie unter {billing} Guthaben auf und versuchen Sie es dann erneut in Cursor.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="162"/>
        <source>The key is not allowed to chat with models (its scopes leave chat out).</source>
        <translation>Der Schlüssel darf nicht mit Modellen chatten (seine Berechtigungen schließen den Chat aus).</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="163"/>
        <source>Give the key the chat scope at {keys}, or create a new key.</source>
        <translation>Geben Sie dem Schlüssel unter {keys} die Chat-Berechtigung oder erstellen Sie einen neuen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="180"/>
        <source>Cursor&apos;s request</source>
        <translation>die Anfrage von Cursor</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="184"/>
        <source>Run the checks here: they send the same kinds of request as Cursor and say why one fails.</source>
        <translation>Führen Sie hier die Prüfungen aus: Sie senden die gleichen Anfragen wie Cursor und sagen, warum eine scheitert.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="190"/>
        <source>The log does not say why; the service has seen no successful request to {deployment} in the last minutes either, so the model itself may be having trouble.</source>
        <translation>Das Protokoll nennt keinen Grund; der Dienst hat in den letzten Minuten auch sonst keine erfolgreiche Anfrage an {deployment} gesehen, daher hat vielleicht das Modell selbst Probleme.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="199"/>
        <source>The log does not say why.</source>
        <translation>Das Protokoll nennt keinen Grund.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="226"/>
        <source>The Azure OpenAI switch is off, so Cursor does not use the Azure section.</source>
        <translation>Der Schalter „Azure OpenAI“ ist ausgeschaltet, daher verwendet Cursor den Azure-Bereich nicht.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="227"/>
        <source>The Azure OpenAI switch may be off.</source>
        <translation>Der Schalter „Azure OpenAI“ ist womöglich ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="230"/>
        <source>In Cursor Settings -&gt; Models, press Verify in the Azure OpenAI section and switch it on.</source>
        <translation>Klicken Sie unter „Cursor Settings -&gt; Models“ im Bereich „Azure OpenAI“ auf „Verify“ und schalten Sie ihn ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="237"/>
        <source>Cursor&apos;s Base URL or Deployment Name differ from the ones checked here, so its requests go elsewhere or to another model.</source>
        <translation>Cursors „Base URL“ oder „Deployment Name“ weichen von den hier geprüften ab, daher gehen seine Anfragen woandershin oder an ein anderes Modell.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="240"/>
        <source>Cursor&apos;s Base URL or Deployment Name may differ from the ones checked here.</source>
        <translation>Cursors „Base URL“ oder „Deployment Name“ weichen womöglich von den hier geprüften ab.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="241"/>
        <source>Cursor&apos;s Base URL and Deployment Name are the ones checked here.</source>
        <translation>Cursors „Base URL“ und „Deployment Name“ sind die hier geprüften.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="243"/>
        <source>Press Apply to Cursor (with Cursor closed).</source>
        <translation>Klicken Sie auf „In Cursor übernehmen“ (bei geschlossenem Cursor).</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="249"/>
        <source>The Override OpenAI Base URL route is on and may take Cursor&apos;s requests.</source>
        <translation>„Override OpenAI Base URL“ ist eingeschaltet und fängt womöglich Cursors Anfragen ab.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="250"/>
        <source>The Override OpenAI Base URL route may be on.</source>
        <translation>„Override OpenAI Base URL“ ist womöglich eingeschaltet.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="253"/>
        <source>In Cursor Settings -&gt; Models, switch off the OpenAI API Key.</source>
        <translation>Schalten Sie unter „Cursor Settings -&gt; Models“ „OpenAI API Key“ aus.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="265"/>
        <source>{alias} is not switched on in Cursor, so it cannot be picked in the chat.</source>
        <translation>{alias} ist in Cursor nicht eingeschaltet und kann daher im Chat nicht ausgewählt werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="267"/>
        <source>Press Apply to Cursor, then pick it in the chat.</source>
        <translation>Klicken Sie auf „In Cursor übernehmen“ und wählen Sie es dann im Chat aus.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="277"/>
        <source>{alias} is the model chosen in Cursor ({modes}).</source>
        <translation>{alias} ist das in Cursor gewählte Modell ({modes}).</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="286"/>
        <source>{alias} may not be the model picked in Cursor&apos;s chat.</source>
        <translation>{alias} ist womöglich nicht das in Cursors Chat gewählte Modell.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="288"/>
        <source>In Cursor&apos;s chat, pick {alias} in the model menu under the message box, then send a message.</source>
        <translation>Wählen Sie in Cursors Chat im Modellmenü unter dem Eingabefeld {alias} und senden Sie dann eine Nachricht.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="301"/>
        <source>Paste your key into API Key in Cursor (Copy button here).</source>
        <translation>Fügen Sie Ihren Schlüssel in Cursor unter „API Key“ ein (Schaltfläche zum Kopieren hier).</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="310"/>
        <source>Cursor may use another key than the one here (the log shows each key&apos;s own requests only).</source>
        <translation>Cursor verwendet womöglich einen anderen Schlüssel als diesen hier (das Protokoll zeigt nur die Anfragen des jeweiligen Schlüssels).</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="313"/>
        <source>Paste the key from here into API Key in Cursor again.</source>
        <translation>Fügen Sie den Schlüssel von hier erneut in Cursor unter „API Key“ ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="320"/>
        <source>Cursor&apos;s own plan or limits may have stopped the request before it left Cursor.</source>
        <translation>Cursors eigener Tarif oder seine Limits haben die Anfrage womöglich gestoppt, bevor sie Cursor verlassen hat.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="321"/>
        <source>Check Cursor&apos;s account page (cursor.com/settings) for plan limits.</source>
        <translation>Sehen Sie auf Cursors Kontoseite (cursor.com/settings) nach Tariflimits.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="353"/>
        <source>Could not read the service&apos;s request log: {reason}</source>
        <translation>Das Anfrageprotokoll des Dienstes konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="391"/>
        <source>Send one message in Cursor&apos;s chat with {alias} picked, wait a minute, then check again.</source>
        <translation>Senden Sie in Cursors Chat eine Nachricht mit {alias} als gewähltem Modell, warten Sie eine Minute und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="397"/>
        <source>No request from Cursor for {deployment} reached the service in {period}. {account} The service refuses the key&apos;s requests then, and refused requests may not show in its log.</source>
        <translation>In {period} hat keine Anfrage von Cursor für {deployment} den Dienst erreicht. {account} Der Dienst lehnt die Anfragen des Schlüssels dann ab, und abgelehnte Anfragen erscheinen möglicherweise nicht in seinem Protokoll.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="405"/>
        <source>No request from Cursor for {deployment} reached the service in {period}, so Cursor did not send it.</source>
        <translation>In {period} hat keine Anfrage von Cursor für {deployment} den Dienst erreicht; Cursor hat sie also nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="427"/>
        <source>, the latest at {when}</source>
        <translation>, die letzte um {when}</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="429"/>
        <source> ({count} failed before it)</source>
        <translation> (davor {count} fehlgeschlagen)</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="435"/>
        <source>Cursor&apos;s requests arrive and succeed: {count} in {period}{when}{earlier}.</source>
        <translation>Die Anfragen von Cursor kommen an und gelingen: {count} in {period}{when}{earlier}.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="448"/>
        <source>Cursor&apos;s requests arrive but fail: {failed} of {total} in {period}{when}. {problem}</source>
        <translation>Die Anfragen von Cursor kommen an, scheitern aber: {failed} von {total} in {period}{when}. {problem}</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="472"/>
        <source>Press Apply to Cursor (with Cursor closed), then pick the model in the chat.</source>
        <translation>Klicken Sie auf „In Cursor übernehmen“ (bei geschlossenem Cursor) und wählen Sie dann das Modell im Chat.</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="481"/>
        <source>the last 1 minute</source>
        <translation>der letzten Minute</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="483"/>
        <source>the last {minutes} minutes</source>
        <translation>den letzten {minutes} Minuten</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="486"/>
        <source>the last hour</source>
        <translation>der letzten Stunde</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="489"/>
        <source>the last day</source>
        <translation>den letzten 24 Stunden</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="489"/>
        <source>the last {days} days</source>
        <translation>den letzten {days} Tagen</translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="490"/>
        <source>the last {hours} hours</source>
        <translation>den letzten {hours} Stunden</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="32"/>
        <source>Set the Base URL to exactly {url}, with nothing after it (no /openai, no /v1).</source>
        <translation>Setzen Sie die „Base URL“ genau auf {url}, ohne etwas danach (kein /openai, kein /v1).</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="34"/>
        <source>Try again; slow models can need longer, so raise the time limit or pick a faster model.</source>
        <translation>Versuchen Sie es erneut; langsame Modelle brauchen manchmal länger, erhöhen Sie also das Zeitlimit oder wählen Sie ein schnelleres Modell.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="44"/>
        <source>Pick another model from the list (for example {example}) and check again.</source>
        <translation>Wählen Sie ein anderes Modell aus der Liste (zum Beispiel {example}) und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="58"/>
        <location filename="../../app/core/diagnosis.py" line="60"/>
        <source>the service</source>
        <translation>der Dienst</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="172"/>
        <source>Try again. If it repeats, something on the network (a proxy or security software) may be changing the traffic: try another network or ask IT.</source>
        <translation>Versuchen Sie es erneut. Wenn das wieder passiert, verändert womöglich etwas im Netzwerk (ein Proxy oder eine Sicherheitssoftware) die Daten: Versuchen Sie ein anderes Netzwerk oder fragen Sie Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="210"/>
        <source>Open a web browser and sign in to the network if it asks (hotel or guest Wi-Fi), then check again; on a company network ask IT to let this computer reach {host}.</source>
        <translation>Öffnen Sie einen Webbrowser und melden Sie sich beim Netzwerk an, falls es danach fragt (Hotel- oder Gast-WLAN), und prüfen Sie dann erneut; in einem Firmennetzwerk bitten Sie Ihre IT-Abteilung, diesem Computer den Zugriff auf {host} zu erlauben.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="216"/>
        <source>Set the Base URL to exactly {url}, with nothing after it (no /openai, no /v1). If it already is, open a web browser and sign in to the network if it asks, or ask IT to let this computer reach {host}.</source>
        <translation>Setzen Sie die „Base URL“ genau auf {url}, ohne etwas danach (kein /openai, kein /v1). Ist das bereits so, öffnen Sie einen Webbrowser und melden Sie sich beim Netzwerk an, falls es danach fragt, oder bitten Sie Ihre IT-Abteilung, diesem Computer den Zugriff auf {host} zu erlauben.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="225"/>
        <source>A web page came back instead of the service&apos;s answer, so something between this computer and {host} (a Wi-Fi sign-in page or a company proxy) is in the way.</source>
        <translation>Statt der Antwort des Dienstes kam eine Webseite zurück; etwas zwischen diesem Computer und {host} (eine WLAN-Anmeldeseite oder ein Firmen-Proxy) steht also im Weg.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="237"/>
        <location filename="../../app/core/diagnosis.py" line="239"/>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="244"/>
        <source>The request was redirected to {target} instead of reaching the service, so the key was not sent there.</source>
        <translation>Die Anfrage wurde an {target} umgeleitet, statt den Dienst zu erreichen; der Schlüssel wurde daher nicht dorthin gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="249"/>
        <source>Open a web browser and sign in to the network if it asks (hotel or guest Wi-Fi); on a company network ask IT to let this computer reach {host} directly.</source>
        <translation>Öffnen Sie einen Webbrowser und melden Sie sich beim Netzwerk an, falls es danach fragt (Hotel- oder Gast-WLAN); in einem Firmennetzwerk bitten Sie Ihre IT-Abteilung, diesem Computer den direkten Zugriff auf {host} zu erlauben.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="258"/>
        <source>The Base URL sends requests on to {target}, so the key was not sent there.</source>
        <translation>Die „Base URL“ leitet Anfragen an {target} weiter; der Schlüssel wurde daher nicht dorthin gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="285"/>
        <source>The service&apos;s answer could not be understood.</source>
        <translation>Die Antwort des Dienstes war nicht verständlich.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="304"/>
        <source>this deployment</source>
        <translation>dieses Deployment</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="317"/>
        <source>Your company&apos;s proxy asked for a sign-in before letting the request out to the internet.</source>
        <translation>Der Proxy Ihrer Firma verlangt eine Anmeldung, bevor er die Anfrage ins Internet lässt.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="319"/>
        <source>Ask IT to let this computer reach {host} through the proxy (or give you the proxy settings to use), then check again.</source>
        <translation>Bitten Sie Ihre IT-Abteilung, diesem Computer über den Proxy den Zugriff auf {host} zu erlauben (oder Ihnen die zu verwendenden Proxy-Einstellungen zu geben), und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="340"/>
        <source>The service rejected the API key.</source>
        <translation>Der Dienst hat den API-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="342"/>
        <source>Copy the key again from {keys} (the whole key, with no spaces or line breaks), paste it here and check again.</source>
        <translation>Kopieren Sie den Schlüssel erneut von {keys} (den ganzen Schlüssel, ohne Leerzeichen oder Zeilenumbrüche), fügen Sie ihn hier ein und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="357"/>
        <source>The service did not accept the request this tool made for {what}: that is a fault in this tool, not in your setup.</source>
        <translation>Der Dienst hat die Anfrage dieses Programms für {what} nicht angenommen: Das ist ein Fehler in diesem Programm, nicht in Ihrer Einrichtung.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="362"/>
        <source>Try again; if it keeps happening, update Cursor Azure Setup or send the diagnostic report to IT.</source>
        <translation>Versuchen Sie es erneut; wenn das wieder passiert, aktualisieren Sie Cursor Azure Setup oder senden Sie den Bericht für die IT an Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="380"/>
        <source>“{model}” is a reasoning model that refuses the answer-length limit (max_tokens) Cursor sends, so Cursor&apos;s Verify will fail for this model even with a good key.</source>
        <translation>„{model}“ ist ein Reasoning-Modell, das die von Cursor gesendete Begrenzung der Antwortlänge (max_tokens) ablehnt; Cursors „Verify“ scheitert daher bei diesem Modell auch mit einem gültigen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="384"/>
        <source>Use a different model as the Deployment Name. {pick}</source>
        <translation>Verwenden Sie ein anderes Modell als „Deployment Name“. {pick}</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="390"/>
        <source>“{model}” does not accept the instructions Cursor sends with every request.</source>
        <translation>„{model}“ nimmt die Anweisungen nicht an, die Cursor mit jeder Anfrage sendet.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="398"/>
        <source>“{model}” refused the settings of the request Cursor would send.</source>
        <translation>„{model}“ hat die Einstellungen der Anfrage abgelehnt, die Cursor senden würde.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="410"/>
        <source>This key has used up its free-tier allowance for now.</source>
        <translation>Dieser Schlüssel hat sein kostenloses Kontingent vorerst aufgebraucht.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="412"/>
        <source>Wait {when} and check again, or top up at {billing} to lift the free-tier limit.</source>
        <translation>Warten Sie {when} und prüfen Sie erneut, oder laden Sie unter {billing} auf, um die Grenze des kostenlosen Kontingents aufzuheben.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="419"/>
        <source>The service is getting too many requests from this key right now.</source>
        <translation>Der Dienst erhält gerade zu viele Anfragen mit diesem Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="421"/>
        <source>Wait {when} and check again; if it keeps happening, close other tools using the same key.</source>
        <translation>Warten Sie {when} und prüfen Sie erneut; wenn das wieder passiert, schließen Sie andere Programme, die denselben Schlüssel verwenden.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="427"/>
        <source>The model “{model}” is under maintenance at the service right now.</source>
        <translation>Das Modell „{model}“ wird beim Dienst gerade gewartet.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="430"/>
        <source>The service or the model had trouble answering; this is not a problem with your setup.</source>
        <translation>Der Dienst oder das Modell hatte Probleme beim Antworten; das liegt nicht an Ihrer Einrichtung.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="435"/>
        <source>Try again in a few minutes, or pick another model from the list.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut oder wählen Sie ein anderes Modell aus der Liste.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="440"/>
        <source>The service sent an empty answer.</source>
        <translation>Der Dienst hat eine leere Antwort gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="444"/>
        <source>The service&apos;s answer was damaged or not in the expected format.</source>
        <translation>Die Antwort des Dienstes war beschädigt oder hatte nicht das erwartete Format.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="449"/>
        <source>The service answered with an error this tool does not recognise.</source>
        <translation>Der Dienst hat mit einem Fehler geantwortet, den dieses Programm nicht kennt.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="451"/>
        <source>Check that the Base URL is exactly {url} and try again. If it keeps happening, save the diagnostic report and send it to IT.</source>
        <translation>Prüfen Sie, ob die „Base URL“ genau {url} lautet, und versuchen Sie es erneut. Wenn das wieder passiert, speichern Sie den Bericht für die IT und senden Sie ihn an Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="467"/>
        <source>a minute</source>
        <translation>eine Minute</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="469"/>
        <source>more than an hour</source>
        <translation>mehr als eine Stunde</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="472"/>
        <source>about 1 second</source>
        <translation>etwa 1 Sekunde</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="474"/>
        <source>about {seconds} seconds</source>
        <translation>etwa {seconds} Sekunden</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="475"/>
        <source>about {minutes} minutes</source>
        <translation>etwa {minutes} Minuten</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="482"/>
        <source>The Base URL does not lead to the AI/ML API service ({host} has no such page).</source>
        <translation>Die „Base URL“ führt nicht zum Dienst von AI/ML API ({host} hat keine solche Seite).</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="492"/>
        <source>The account behind this API key has run out of credits.</source>
        <translation>Das Konto hinter diesem API-Schlüssel hat kein Guthaben mehr.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="494"/>
        <source>Top up the balance at {billing} (or ask whoever manages the account), then check again.</source>
        <translation>Laden Sie das Guthaben unter {billing} auf (oder fragen Sie die Person, die das Konto verwaltet) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="503"/>
        <source>This API key has reached the spending limit set on it, so the service refuses its requests.</source>
        <translation>Dieser API-Schlüssel hat das für ihn festgelegte Ausgabenlimit erreicht, daher lehnt der Dienst seine Anfragen ab.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="505"/>
        <source>Raise the key&apos;s limit at {keys} (or ask whoever manages the account), or use another key, then check again.</source>
        <translation>Erhöhen Sie das Limit des Schlüssels unter {keys} (oder fragen Sie die Person, die das Konto verwaltet) oder verwenden Sie einen anderen Schlüssel, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="526"/>
        <source>The service refused this API key: it says the key is not valid or is switched off.</source>
        <translation>Der Dienst hat diesen API-Schlüssel abgelehnt: Laut Dienst ist er ungültig oder ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="527"/>
        <source>Create a new key at {keys}, paste it here and check again.</source>
        <translation>Erstellen Sie unter {keys} einen neuen Schlüssel, fügen Sie ihn hier ein und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="532"/>
        <source>The service says this API key is not allowed to do this (the key&apos;s permissions).</source>
        <translation>Laut Dienst darf dieser API-Schlüssel das nicht (Berechtigungen des Schlüssels).</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="534"/>
        <source>Give the key access to chat models at {keys}, or create a key that has it, then check again.</source>
        <translation>Geben Sie dem Schlüssel unter {keys} Zugriff auf Chat-Modelle oder erstellen Sie einen Schlüssel mit diesem Zugriff, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="542"/>
        <source>The service refused the request because of the account: usually it has run out of credits or the key has reached its spending limit.</source>
        <translation>Der Dienst hat die Anfrage wegen des Kontos abgelehnt: Meist ist das Guthaben aufgebraucht oder der Schlüssel hat sein Ausgabenlimit erreicht.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="546"/>
        <source>Check the balance at {billing} and the key&apos;s spending limit at {keys}, top up or raise the limit, then check again.</source>
        <translation>Prüfen Sie das Guthaben unter {billing} und das Ausgabenlimit des Schlüssels unter {keys}, laden Sie auf oder erhöhen Sie das Limit, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="558"/>
        <source>The service has no model called “{model}”, so this Deployment Name will not work.</source>
        <translation>Der Dienst hat kein Modell namens „{model}“, daher funktioniert dieser „Deployment Name“ nicht.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="561"/>
        <source>The Deployment Name must be a model id exactly as the list shows it (for example google/gemini-2.5-pro): pick one from the list and check again.</source>
        <translation>Der „Deployment Name“ muss eine Modell-ID genau so sein, wie die Liste sie zeigt (zum Beispiel google/gemini-2.5-pro): Wählen Sie eine aus der Liste und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="570"/>
        <source>The service did not answer in time.</source>
        <translation>Der Dienst hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="43"/>
        <source>The answer stopped before it was complete: the connection was cut in the middle.</source>
        <translation>Die Antwort brach ab, bevor sie vollständig war: Die Verbindung wurde mittendrin getrennt.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="45"/>
        <source>Try again. If it keeps happening, a proxy or firewall may be cutting long answers: ask IT to allow streaming from {host}, or try another network.</source>
        <translation>Versuchen Sie es erneut. Wenn das wieder passiert, schneidet womöglich ein Proxy oder eine Firewall lange Antworten ab: Bitten Sie Ihre IT-Abteilung, Streaming von {host} zu erlauben, oder versuchen Sie ein anderes Netzwerk.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="59"/>
        <location filename="../../app/core/diagnosis_network.py" line="61"/>
        <source>of this computer</source>
        <translation>dieses Computers</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="64"/>
        <source>Something unexpected went wrong while talking to the service.</source>
        <translation>Bei der Verbindung mit dem Dienst ist etwas Unerwartetes schiefgegangen.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="92"/>
        <source>This computer&apos;s proxy setting ({name}) names a {scheme} proxy, which this tool does not support: it works through http:// and https:// proxies only.</source>
        <translation>Die Proxy-Einstellung dieses Computers ({name}) nennt einen {scheme}-Proxy, den dieses Programm nicht unterstützt: Es arbeitet nur über http://- und https://-Proxys.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="98"/>
        <source>Ask IT for the address of an HTTP proxy to use instead (set it in HTTPS_PROXY), or remove {name} if this computer reaches the internet without a proxy.</source>
        <translation>Bitten Sie Ihre IT-Abteilung um die Adresse eines HTTP-Proxys, der stattdessen verwendet werden kann (in HTTPS_PROXY einzutragen), oder entfernen Sie {name}, wenn dieser Computer das Internet ohne Proxy erreicht.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="107"/>
        <source>This computer&apos;s proxy setting is not a valid address, so no connection can be made.</source>
        <translation>Die Proxy-Einstellung dieses Computers ist keine gültige Adresse, daher kann keine Verbindung hergestellt werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="109"/>
        <source>Ask IT to correct the proxy setting ({name}) on this computer, then check again.</source>
        <translation>Bitten Sie Ihre IT-Abteilung, die Proxy-Einstellung ({name}) auf diesem Computer zu korrigieren, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="118"/>
        <source>This computer&apos;s certificate setting points to a file that cannot be used, so no secure connection can be made.</source>
        <translation>Die Zertifikatseinstellung dieses Computers verweist auf eine unbrauchbare Datei, daher kann keine sichere Verbindung hergestellt werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="122"/>
        <source>Ask IT to correct or remove the {name} setting (or to install the company certificate in the operating system&apos;s certificate store instead), then check again.</source>
        <translation>Bitten Sie Ihre IT-Abteilung, die Einstellung {name} zu korrigieren oder zu entfernen (oder stattdessen das Firmenzertifikat im Zertifikatsspeicher des Betriebssystems zu installieren), und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="128"/>
        <source>The connection could not be prepared on this computer.</source>
        <translation>Die Verbindung konnte auf diesem Computer nicht vorbereitet werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="165"/>
        <source>The Base URL uses plain http://, which is allowed only for this computer, but {host} is at {address}, another computer, so nothing was sent there.</source>
        <translation>Die „Base URL“ verwendet einfaches http://, das nur für diesen Computer erlaubt ist, aber {host} liegt unter {address}, auf einem anderen Computer; daher wurde nichts dorthin gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="170"/>
        <source>Use the https:// address of the service, such as {url}.</source>
        <translation>Verwenden Sie die https://-Adresse des Dienstes, etwa {url}.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="186"/>
        <source>The proxy {proxy} closed the connection before {host} could answer.</source>
        <translation>Der Proxy {proxy} hat die Verbindung geschlossen, bevor {host} antworten konnte.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="191"/>
        <source>Ask IT to check that the proxy lets this computer reach {host} (a proxy often closes connections to addresses it blocks), or try another network.</source>
        <translation>Bitten Sie Ihre IT-Abteilung zu prüfen, ob der Proxy diesen Computer {host} erreichen lässt (ein Proxy schließt oft Verbindungen zu Adressen, die er sperrt), oder versuchen Sie ein anderes Netzwerk.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="206"/>
        <source>The security certificate of {host} looks expired, so the connection was stopped.</source>
        <translation>Das Sicherheitszertifikat von {host} scheint abgelaufen zu sein, daher wurde die Verbindung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="210"/>
        <source>Check that this computer&apos;s date and time are right; if they are, a company proxy may be inspecting secure connections: ask IT to install the company certificate in the operating system&apos;s certificate store.</source>
        <translation>Prüfen Sie, ob Datum und Uhrzeit dieses Computers stimmen; wenn ja, untersucht womöglich ein Firmen-Proxy sichere Verbindungen: Bitten Sie Ihre IT-Abteilung, das Firmenzertifikat im Zertifikatsspeicher des Betriebssystems zu installieren.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="218"/>
        <source>The secure connection to {host} could not be verified; on company networks this is usually a proxy that inspects encrypted traffic.</source>
        <translation>Die sichere Verbindung zu {host} ließ sich nicht bestätigen; in Firmennetzwerken ist das meist ein Proxy, der verschlüsselte Verbindungen untersucht.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="223"/>
        <source>Ask IT to install the company proxy&apos;s root certificate in this computer&apos;s certificate store (the operating system&apos;s, not only the browser&apos;s), then check again. Checking is never switched off, to keep the key safe.</source>
        <translation>Bitten Sie Ihre IT-Abteilung, das Stammzertifikat des Firmen-Proxys im Zertifikatsspeicher dieses Computers zu installieren (in dem des Betriebssystems, nicht nur in dem des Browsers), und prüfen Sie dann erneut. Die Prüfung wird zum Schutz des Schlüssels nie abgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="234"/>
        <source>The connection to {host} opened, but the secure connection was not set up within the time limit; a company proxy or security software may be holding encrypted traffic.</source>
        <translation>Die Verbindung zu {host} wurde geöffnet, die sichere Verbindung kam aber nicht innerhalb des Zeitlimits zustande; ein Firmen-Proxy oder eine Sicherheitssoftware hält vielleicht verschlüsselten Datenverkehr zurück.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="239"/>
        <source>Try another network, or ask IT to let this computer reach {official} without inspecting its encrypted traffic.</source>
        <translation>Versuchen Sie ein anderes Netzwerk, oder bitten Sie die IT, diesem Computer den Zugriff auf {official} zu erlauben, ohne den verschlüsselten Datenverkehr zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="248"/>
        <source>The secure connection to {host} failed; a company proxy or security software may be interfering with encrypted traffic.</source>
        <translation>Die sichere Verbindung zu {host} ist fehlgeschlagen; womöglich greift ein Firmen-Proxy oder eine Sicherheitssoftware in verschlüsselte Verbindungen ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="253"/>
        <source>Try another network, or ask IT to let this computer reach {official} (and to install the company proxy&apos;s certificate in the operating system&apos;s certificate store).</source>
        <translation>Versuchen Sie ein anderes Netzwerk oder bitten Sie Ihre IT-Abteilung, diesem Computer den Zugriff auf {official} zu erlauben (und das Zertifikat des Firmen-Proxys im Zertifikatsspeicher des Betriebssystems zu installieren).</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="261"/>
        <source>The proxy between this computer and the internet refused the connection.</source>
        <translation>Der Proxy zwischen diesem Computer und dem Internet hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="263"/>
        <source>Ask IT to check this computer&apos;s proxy settings and to allow {official} through the proxy.</source>
        <translation>Bitten Sie Ihre IT-Abteilung, die Proxy-Einstellungen dieses Computers zu prüfen und {official} über den Proxy zu erlauben.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="270"/>
        <source>The Base URL is not a web address this tool can use.</source>
        <translation>Die „Base URL“ ist keine Webadresse, die dieses Programm verwenden kann.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="277"/>
        <source>The API key or a setting contains characters that cannot be sent.</source>
        <translation>Der API-Schlüssel oder eine Einstellung enthält Zeichen, die nicht gesendet werden können.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="279"/>
        <location filename="../../app/core/service.py" line="84"/>
        <source>Copy the key again from {keys}, with no spaces or line breaks, and paste it here.</source>
        <translation>Kopieren Sie den Schlüssel erneut von {keys}, ohne Leerzeichen oder Zeilenumbrüche, und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="298"/>
        <source>This computer could not find {host} on the internet (the name lookup failed).</source>
        <translation>Dieser Computer konnte {host} im Internet nicht finden (die Namensauflösung ist fehlgeschlagen).</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="300"/>
        <source>Check the Base URL for typos (it should be {url}) and that you are online; on a company network ask IT whether {host} is blocked.</source>
        <translation>Prüfen Sie die „Base URL“ auf Tippfehler (sie sollte {url} lauten) und ob Sie online sind; in einem Firmennetzwerk fragen Sie Ihre IT-Abteilung, ob {host} gesperrt ist.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="308"/>
        <source>Start the simulator again (or the demo), then check again.</source>
        <translation>Starten Sie den Testserver (oder die Demo) erneut und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="311"/>
        <source>Check the Base URL (it should be {url}) and ask IT whether a firewall blocks it.</source>
        <translation>Prüfen Sie die „Base URL“ (sie sollte {url} lauten) und fragen Sie Ihre IT-Abteilung, ob eine Firewall sie sperrt.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="315"/>
        <source>{host} refused the connection.</source>
        <translation>{host} hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="320"/>
        <source>This computer&apos;s name service did not say where {host} is in time.</source>
        <translation>Der Namensdienst dieses Computers hat nicht rechtzeitig gesagt, wo {host} zu finden ist.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="322"/>
        <source>Check your internet connection and try again; if it keeps happening, ask IT whether this computer&apos;s DNS works.</source>
        <translation>Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut; wenn es wieder passiert, fragen Sie die IT, ob das DNS dieses Computers funktioniert.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="329"/>
        <source>Connecting to {host} took too long.</source>
        <translation>Die Verbindung zu {host} hat zu lange gedauert.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="331"/>
        <source>Check your internet connection; on a company network ask IT whether a firewall blocks {host}.</source>
        <translation>Prüfen Sie Ihre Internetverbindung; in einem Firmennetzwerk fragen Sie Ihre IT-Abteilung, ob eine Firewall {host} sperrt.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="341"/>
        <source>The service did not send the answer piece by piece as Cursor expects.</source>
        <translation>Der Dienst hat die Antwort nicht Stück für Stück gesendet, wie Cursor es erwartet.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="343"/>
        <source>Check that the Base URL is exactly {url}; if it is, a proxy may be buffering answers: ask IT.</source>
        <translation>Prüfen Sie, ob die „Base URL“ genau {url} lautet; wenn ja, hält womöglich ein Proxy die Antworten zurück: Fragen Sie Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="362"/>
        <source>The server at {host} answered with something that is not a valid web answer.</source>
        <translation>Der Server unter {host} hat mit etwas geantwortet, das keine gültige Webantwort ist.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="365"/>
        <source>Check that the Base URL is exactly {url}; if it is, a proxy or security software may be interfering: ask IT.</source>
        <translation>Prüfen Sie, ob die „Base URL“ genau {url} lautet; wenn ja, greift womöglich ein Proxy oder eine Sicherheitssoftware ein: Fragen Sie Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="374"/>
        <source>This computer could not connect to {host}.</source>
        <translation>Dieser Computer konnte keine Verbindung zu {host} herstellen.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="376"/>
        <source>Check that you are online and that the Base URL is {url}; on a company network ask IT whether it is blocked.</source>
        <translation>Prüfen Sie, ob Sie online sind und ob die „Base URL“ {url} lautet; in einem Firmennetzwerk fragen Sie Ihre IT-Abteilung, ob sie gesperrt ist.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnostics.py" line="223"/>
        <source>{path} is a folder.</source>
        <translation>{path} ist ein Ordner.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnostics.py" line="224"/>
        <source>Give a file name such as {example}.</source>
        <translation>Geben Sie einen Dateinamen an, zum Beispiel {example}.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnostics.py" line="228"/>
        <source>{path} is {what}, not a regular file, so no report was written there.</source>
        <translation>{path} ist {what}, keine normale Datei, daher wurde dort kein Bericht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnostics.py" line="232"/>
        <source>Give the name of a new file or of a regular file.</source>
        <translation>Geben Sie den Namen einer neuen oder einer normalen Datei an.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnostics.py" line="236"/>
        <source>The folder {path} does not exist.</source>
        <translation>Der Ordner {path} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnostics.py" line="237"/>
        <source>Choose another place to save.</source>
        <translation>Wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <location filename="../../app/core/diagnostics.py" line="242"/>
        <source>The diagnostic report could not be saved to {path}: {reason}.</source>
        <translation>Der Bericht für die IT konnte nicht unter {path} gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="81"/>
        <source>{path}, line {line}: {message}</source>
        <translation>{path}, Zeile {line}: {message}</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="83"/>
        <source>{path}: {message}</source>
        <translation>{path}: {message}</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="92"/>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="92"/>
        <source>Run the checks again when ready.</source>
        <translation>Führen Sie die Prüfungen erneut aus, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="121"/>
        <source>Choose another folder.</source>
        <translation>Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="129"/>
        <source>The key could not be read from or saved to the keyring.</source>
        <translation>Der Schlüssel konnte nicht aus dem Schlüsselbund gelesen oder darin gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="131"/>
        <source>Try again; if it keeps failing, set the {variable} environment variable instead.</source>
        <translation>Versuchen Sie es erneut; wenn es weiter scheitert, setzen Sie stattdessen die Umgebungsvariable {variable}.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="149"/>
        <source>No keyring is available on this computer, so the key cannot be saved: it works for this session only.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann der Schlüssel nicht gespeichert werden: Er gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="156"/>
        <source>Make sure Windows Credential Manager is working (it is part of Windows), then try again.</source>
        <translation>Stellen Sie sicher, dass die Windows-Anmeldeinformationsverwaltung funktioniert (sie gehört zu Windows), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="160"/>
        <source>Make sure your login Keychain exists and is unlocked (Keychain Access app), then try again.</source>
        <translation>Stellen Sie sicher, dass Ihr Anmelde-Schlüsselbund existiert und entsperrt ist (App „Schlüsselbundverwaltung“), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="163"/>
        <source>Use a desktop session with a keyring (GNOME Keyring or KDE Wallet; on Debian or Ubuntu: sudo apt install gnome-keyring, then log out and in). On WSL or a server without one, set the {variable} environment variable each time instead.</source>
        <translation>Verwenden Sie eine Desktop-Sitzung mit Schlüsselbund (GNOME Keyring oder KDE Wallet; unter Debian oder Ubuntu: sudo apt install gnome-keyring, dann ab- und wieder anmelden). Unter WSL oder auf einem Server ohne Schlüsselbund setzen Sie stattdessen jedes Mal die Umgebungsvariable {variable}.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="174"/>
        <source>The keyring is locked, or access to it was refused.</source>
        <translation>Der Schlüsselbund ist gesperrt, oder der Zugriff darauf wurde verweigert.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="176"/>
        <source>Unlock your keyring (log in to your desktop session, or open your password manager and unlock it), allow access when asked, then try again.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund (melden Sie sich an Ihrer Desktop-Sitzung an oder öffnen und entsperren Sie Ihre Passwortverwaltung), erlauben Sie den Zugriff, wenn Sie gefragt werden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="187"/>
        <source>The keyring did not answer within about 3 seconds, so the key was neither read nor saved.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von etwa 3 Sekunden geantwortet, daher wurde der Schlüssel weder gelesen noch gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="190"/>
        <source>The keyring service may be stuck: log out and back in (or restart the computer), then try again. Meanwhile you can set the {variable} environment variable for this session.</source>
        <translation>Der Schlüsselbund-Dienst hängt womöglich: Melden Sie sich ab und wieder an (oder starten Sie den Computer neu) und versuchen Sie es erneut. Bis dahin können Sie für diese Sitzung die Umgebungsvariable {variable} setzen.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="199"/>
        <source>The keyring refused to store the key.</source>
        <translation>Der Schlüsselbund hat das Speichern des Schlüssels verweigert.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="201"/>
        <source>Check that your keyring is unlocked and not full or read-only, then try again; until then the key works for this session only.</source>
        <translation>Prüfen Sie, ob Ihr Schlüsselbund entsperrt, nicht voll und nicht schreibgeschützt ist, und versuchen Sie es erneut; bis dahin gilt der Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="44"/>
        <source>Open Cursor, then open Cursor Settings: press Ctrl+Shift+J (Cmd+Shift+J on a Mac).</source>
        <translation>Öffnen Sie Cursor und dann „Cursor Settings“: Drücken Sie Strg+Umschalt+J (auf dem Mac Cmd+Shift+J).</translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="45"/>
        <source>Click Models in the list on the left.</source>
        <translation>Klicken Sie in der Liste links auf „Models“.</translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="46"/>
        <source>Find the Azure OpenAI section (not the OpenAI API Key one) and turn its switch on.</source>
        <translation>Suchen Sie den Bereich „Azure OpenAI“ (nicht „OpenAI API Key“) und schalten Sie seinen Schalter ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="47"/>
        <source>Paste the Base URL, the Deployment Name and your API Key into the fields with the same names.</source>
        <translation>Fügen Sie „Base URL“, „Deployment Name“ und Ihren „API Key“ in die gleichnamigen Felder ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="48"/>
        <source>Press Verify (some versions of Cursor say Save). Wait until Cursor accepts it.</source>
        <translation>Klicken Sie auf „Verify“ (manche Cursor-Versionen zeigen „Save“). Warten Sie, bis Cursor die Werte annimmt.</translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="49"/>
        <source>Still under Models, add a custom model: type the Model alias exactly as shown and add it.</source>
        <translation>Fügen Sie, ebenfalls unter „Models“, ein benutzerdefiniertes Modell hinzu: Geben Sie den Modell-Alias genau wie angezeigt ein und fügen Sie ihn hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="50"/>
        <source>Turn on only that custom model, then choose it in the chat&apos;s model menu.</source>
        <translation>Schalten Sie nur dieses benutzerdefinierte Modell ein und wählen Sie es dann im Modellmenü des Chats.</translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="57"/>
        <source>Turn the Azure OpenAI switch off and on again, then press Verify again.</source>
        <translation>Schalten Sie den Schalter „Azure OpenAI“ aus und wieder ein und klicken Sie dann erneut auf „Verify“.</translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="58"/>
        <source>Changing any of the three fields turns Azure off: press Verify again after every change.</source>
        <translation>Jede Änderung an einem der drei Felder schaltet Azure aus: Klicken Sie nach jeder Änderung erneut auf „Verify“.</translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="59"/>
        <source>Restart Cursor: quit it completely, then open it again.</source>
        <translation>Starten Sie Cursor neu: Beenden Sie es vollständig und öffnen Sie es dann wieder.</translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="61"/>
        <source>Keep only the one custom model turned on. The Deployment Name decides which model answers, whatever the custom model is called.</source>
        <translation>Lassen Sie nur das eine benutzerdefinierte Modell eingeschaltet. Der „Deployment Name“ bestimmt, welches Modell antwortet, egal wie das benutzerdefinierte Modell heißt.</translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="65"/>
        <source>If Cursor says the model &quot;is already available&quot;, pick a different Model alias: Cursor does not accept the names of its own models.</source>
        <translation>Meldet Cursor, das Modell sei bereits vorhanden („is already available“), wählen Sie einen anderen Modell-Alias: Cursor akzeptiert nicht die Namen seiner eigenen Modelle.</translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="69"/>
        <source>Models whose names start with o1, o3 or o4 fail Cursor&apos;s Verify even with a good key: choose another deployment.</source>
        <translation>Modelle, deren Namen mit o1, o3 oder o4 beginnen, scheitern bei Cursors „Verify“ auch mit gültigem Schlüssel: Wählen Sie ein anderes Deployment.</translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="72"/>
        <source>Run the checks in this app again: they say exactly what is wrong and how to fix it.</source>
        <translation>Führen Sie die Prüfungen in diesem Programm erneut aus: Sie sagen genau, was nicht stimmt und wie Sie es beheben.</translation>
    </message>
    <message>
        <location filename="../../app/core/files.py" line="48"/>
        <source>{what}, not a regular file</source>
        <translation>{what}, keine normale Datei</translation>
    </message>
    <message>
        <location filename="../../app/core/files.py" line="57"/>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location filename="../../app/core/files.py" line="59"/>
        <source>a pipe (FIFO)</source>
        <translation>eine Pipe (FIFO)</translation>
    </message>
    <message>
        <location filename="../../app/core/files.py" line="61"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location filename="../../app/core/files.py" line="62"/>
        <source>not a regular file</source>
        <translation>keine normale Datei</translation>
    </message>
    <message>
        <location filename="../../app/core/files.py" line="101"/>
        <source>a link to something that does not exist</source>
        <translation>eine Verknüpfung auf etwas, das nicht existiert</translation>
    </message>
    <message>
        <location filename="../../app/core/files.py" line="103"/>
        <source>a link that cannot be followed</source>
        <translation>eine Verknüpfung, der nicht gefolgt werden kann</translation>
    </message>
    <message>
        <location filename="../../app/core/files.py" line="104"/>
        <source>a link to {what}</source>
        <translation>eine Verknüpfung (Ziel: {what})</translation>
    </message>
    <message>
        <location filename="../../app/core/files.py" line="117"/>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/core/files.py" line="166"/>
        <source>the home folder does not exist</source>
        <translation>der Benutzerordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/core/keystore.py" line="153"/>
        <source>The keyring could not be opened, so the key cannot be saved: it works for this session only.</source>
        <translation>Der Schlüsselbund konnte nicht geöffnet werden, daher kann der Schlüssel nicht gespeichert werden: Er gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <location filename="../../app/core/keystore.py" line="160"/>
        <source>The key could not be read from the keyring.</source>
        <translation>Der Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/keystore.py" line="162"/>
        <source>Unlock your keyring and try again; meanwhile set the {variable} environment variable.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut; bis dahin setzen Sie die Umgebungsvariable {variable}.</translation>
    </message>
    <message>
        <location filename="../../app/core/keystore.py" line="244"/>
        <source>The keyring accepted the key but did not keep it: it works for this session only.</source>
        <translation>Der Schlüsselbund hat den Schlüssel angenommen, aber nicht behalten: Er gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <location filename="../../app/core/keystore.py" line="285"/>
        <source>The keyring would not delete the saved key.</source>
        <translation>Der Schlüsselbund wollte den gespeicherten Schlüssel nicht löschen.</translation>
    </message>
    <message>
        <location filename="../../app/core/keystore.py" line="287"/>
        <source>Open your keyring app (Passwords and Keys, Keychain Access or Credential Manager) and delete the entry &apos;{entry}&apos; yourself.</source>
        <translation>Öffnen Sie Ihre Schlüsselbund-App („Passwörter und Verschlüsselung“, „Schlüsselbundverwaltung“ oder „Anmeldeinformationsverwaltung“) und löschen Sie den Eintrag „{entry}“ selbst.</translation>
    </message>
    <message>
        <location filename="../../app/core/keystore.py" line="300"/>
        <location filename="../../app/core/keystore.py" line="342"/>
        <source>not answering</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <location filename="../../app/core/keystore.py" line="317"/>
        <source>An API key is saved in the keyring ({name}).</source>
        <translation>Ein API-Schlüssel ist im Schlüsselbund gespeichert ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/core/keystore.py" line="320"/>
        <source>No API key is saved yet; the keyring ({name}) is ready.</source>
        <translation>Noch ist kein API-Schlüssel gespeichert; der Schlüsselbund ({name}) ist bereit.</translation>
    </message>
    <message>
        <location filename="../../app/core/keystore.py" line="325"/>
        <source>{message} {fix}</source>
        <translation>{message} {fix}</translation>
    </message>
    <message>
        <location filename="../../app/core/model.py" line="40"/>
        <source>The service answers</source>
        <translation>Der Dienst antwortet</translation>
    </message>
    <message>
        <location filename="../../app/core/model.py" line="41"/>
        <source>Your key and credits</source>
        <translation>Ihr Schlüssel und Guthaben</translation>
    </message>
    <message>
        <location filename="../../app/core/model.py" line="42"/>
        <source>Cursor&apos;s Verify button</source>
        <translation>Cursors „Verify“-Schaltfläche</translation>
    </message>
    <message>
        <location filename="../../app/core/model.py" line="43"/>
        <source>A chat answer</source>
        <translation>Eine Chat-Antwort</translation>
    </message>
    <message>
        <location filename="../../app/core/model.py" line="44"/>
        <source>Answers word by word</source>
        <translation>Antworten Wort für Wort</translation>
    </message>
    <message>
        <location filename="../../app/core/model.py" line="45"/>
        <source>Tools for Cursor&apos;s agent</source>
        <translation>Werkzeuge für Cursors Agenten</translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="231"/>
        <source>the preset file {what}. Check the path given with {option}.</source>
        <translation>die Preset-Datei {what}. Prüfen Sie den mit {option} angegebenen Pfad.</translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="250"/>
        <source>the {variable} environment variable</source>
        <translation>die Umgebungsvariable {variable}</translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="310"/>
        <source>{seconds:g} seconds</source>
        <translation>{seconds:g} Sekunden</translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="319"/>
        <source>{said} conflicts with {preset}, which locks {name} to {value}; remove it or ask IT.</source>
        <translation>{said} steht im Widerspruch zu dieser Festlegung: {preset} legt {name} auf {value} fest; entfernen Sie den Wert oder fragen Sie Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="345"/>
        <source>allows none of the deployments {preset} allows ({deployments}); remove its allowed_deployments or ask IT.</source>
        <translation>erlaubt keines der Deployments, die {preset} erlaubt ({deployments}); entfernen Sie dort allowed_deployments oder fragen Sie Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="386"/>
        <source>the {name} {value} that {path} sets</source>
        <translation>der Wert {value} für {name}, den {path} setzt</translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="397"/>
        <source>{option} {value}</source>
        <translation>{option} {value}</translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="399"/>
        <source>the {name} {value}</source>
        <translation>der Wert {value} für {name}</translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="426"/>
        <source>Your saved {name} was replaced by the one your IT team set ({value}).</source>
        <translation>Ihr gespeicherter Wert für „{name}“ wurde durch den Wert Ihres IT-Teams ersetzt ({value}).</translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="469"/>
        <source>given</source>
        <translation>angegeben</translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="471"/>
        <source>set by {path}</source>
        <translation>gesetzt von {path}</translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="475"/>
        <source>The deployment {name} ({what}) is not one that {preset} allows; allowed: {allowed}</source>
        <translation>Das Deployment {name} ({what}) ist keines, das {preset} erlaubt; erlaubt: {allowed}</translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="489"/>
        <source>Your saved deployment {name} is not one your IT team allows; using {allowed}.</source>
        <translation>Ihr gespeichertes Deployment {name} ist von Ihrem IT-Team nicht erlaubt; verwendet wird {allowed}.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="138"/>
        <source>the system preset {path} ({org})</source>
        <translation>das System-Preset {path} ({org})</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="139"/>
        <source>the preset {path} ({org})</source>
        <translation>das Preset {path} ({org})</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="141"/>
        <source>the system preset {path}</source>
        <translation>das System-Preset {path}</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="142"/>
        <source>the preset {path}</source>
        <translation>das Preset {path}</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="167"/>
        <source>the preset file {what}. Check the path.</source>
        <translation>die Preset-Datei {what}. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="177"/>
        <source>is {what}, not a file</source>
        <translation>ist {what}, keine Datei</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="177"/>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="227"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="228"/>
        <location filename="../../app/core/presets.py" line="229"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="230"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="231"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="232"/>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="245"/>
        <location filename="../../app/core/presets.py" line="255"/>
        <source>{name}: {message}</source>
        <translation>{name}: {message}</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="263"/>
        <source>unknown table. Use only {known}.</source>
        <translation>unbekannte Tabelle. Verwenden Sie nur {known}.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="267"/>
        <source>unknown key outside any table. Put settings under {known}.</source>
        <translation>unbekannter Schlüssel außerhalb einer Tabelle. Schreiben Sie Einstellungen unter {known}.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="273"/>
        <source>must be a table ([{table}]), not {type}.</source>
        <translation>muss eine Tabelle sein ([{table}]), gefunden: {type}.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="282"/>
        <source>unknown key. Keys allowed in [{table}]: {allowed}.</source>
        <translation>unbekannter Schlüssel. Erlaubte Schlüssel in [{table}]: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="294"/>
        <source>must be text in quotes, like key = &quot;value&quot;, not {type}.</source>
        <translation>muss Text in Anführungszeichen sein, etwa key = &quot;value&quot;, gefunden: {type}.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="297"/>
        <source>is empty. Give a value or delete the line.</source>
        <translation>ist leer. Geben Sie einen Wert an oder löschen Sie die Zeile.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="324"/>
        <source>give only the address (e.g. &quot;{url}&quot;) and put {found} in deployment.</source>
        <translation>geben Sie nur die Adresse an (z. B. &quot;{url}&quot;) und tragen Sie {found} unter deployment ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="349"/>
        <source>must be a web address starting with https://, like &quot;https://intranet.example/cursor&quot;.</source>
        <translation>muss eine Webadresse sein, die mit https:// beginnt, etwa &quot;https://intranet.example/cursor&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="361"/>
        <source>must be a list, like [&quot;google/gemini-2.5-pro&quot;], not {type}.</source>
        <translation>muss eine Liste sein, etwa [&quot;google/gemini-2.5-pro&quot;], gefunden: {type}.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="367"/>
        <source>is an empty list. List at least one deployment or delete the line.</source>
        <translation>ist eine leere Liste. Führen Sie mindestens ein Deployment auf oder löschen Sie die Zeile.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="375"/>
        <source>every entry must be text in quotes, not {type}.</source>
        <translation>jeder Eintrag muss Text in Anführungszeichen sein, gefunden: {type}.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="394"/>
        <source>must be a number of seconds, like 30, not {type}.</source>
        <translation>muss eine Zahl von Sekunden sein, etwa 30, gefunden: {type}.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="409"/>
        <source>must be a list, like [&quot;base_url&quot;, &quot;deployment&quot;], not {type}.</source>
        <translation>muss eine Liste sein, etwa [&quot;base_url&quot;, &quot;deployment&quot;], gefunden: {type}.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="418"/>
        <source>cannot lock {item}. Fields that can be locked: {allowed}.</source>
        <translation>{item} kann nicht gesperrt werden. Sperrbare Felder: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="436"/>
        <source>the file is {size} KB; a preset is a few lines. Check it is the right file.</source>
        <translation>die Datei ist {size} KB groß; ein Preset hat nur wenige Zeilen. Prüfen Sie, ob es die richtige Datei ist.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="449"/>
        <source>cannot read the preset file ({reason}). Check that it exists and can be read.</source>
        <translation>die Preset-Datei kann nicht gelesen werden ({reason}). Prüfen Sie, ob sie existiert und lesbar ist.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="454"/>
        <source>the file is over 1 MB; a preset is a few lines. Check it is the right file.</source>
        <translation>die Datei ist größer als 1 MB; ein Preset hat nur wenige Zeilen. Prüfen Sie, ob es die richtige Datei ist.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="464"/>
        <source>the file is not UTF-8 text (in {key}). Save it as UTF-8 (in Notepad: Save as, Encoding UTF-8).</source>
        <translation>die Datei ist kein UTF-8-Text (bei {key}). Speichern Sie sie als UTF-8 (im Windows-Editor: Speichern unter, Codierung UTF-8).</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="469"/>
        <source>the file is not UTF-8 text. Save it as UTF-8 (in Notepad: Save as, Encoding UTF-8).</source>
        <translation>die Datei ist kein UTF-8-Text. Speichern Sie sie als UTF-8 (im Windows-Editor: Speichern unter, Codierung UTF-8).</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="484"/>
        <source>values are nested far too deeply to be a preset (a preset is a few lines). Check it is the right file.</source>
        <translation>die Werte sind viel zu tief verschachtelt für ein Preset (ein Preset hat nur wenige Zeilen). Prüfen Sie, ob es die richtige Datei ist.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="505"/>
        <source>{deployment} is not in allowed_deployments. Add it there or pick one of them.</source>
        <translation>{deployment} steht nicht in allowed_deployments. Tragen Sie es dort ein oder wählen Sie eines davon.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="549"/>
        <source>locks deployment but [cursor] sets none. Set deployment, or stop locking it.</source>
        <translation>sperrt deployment, aber [cursor] legt keines fest. Legen Sie deployment fest oder heben Sie die Sperre auf.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="598"/>
        <source>the deployment {deployment} is not in the allowed_deployments of {path}. Add it there or pick one of them.</source>
        <translation>das Deployment {deployment} steht nicht in allowed_deployments von {path}. Tragen Sie es dort ein oder wählen Sie eines davon.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="628"/>
        <source>not valid TOML near {key} ({reason}). Check the quotes, brackets and = signs on that line.</source>
        <translation>kein gültiges TOML bei {key} ({reason}). Prüfen Sie Anführungszeichen, Klammern und =-Zeichen in dieser Zeile.</translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="634"/>
        <source>not valid TOML ({reason}). Check the quotes, brackets and = signs on that line.</source>
        <translation>kein gültiges TOML ({reason}). Prüfen Sie Anführungszeichen, Klammern und =-Zeichen in dieser Zeile.</translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="110"/>
        <source>“{period}” is not a period: give a whole number of hours or days, such as 1h or 7d.</source>
        <translation>„{period}“ ist kein Zeitraum: Geben Sie eine ganze Zahl von Stunden oder Tagen an, etwa 1h oder 7d.</translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="170"/>
        <source>Cursor&apos;s Verify request</source>
        <translation>Cursors „Verify“-Anfrage</translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="182"/>
        <source>the chat request</source>
        <translation>die Chat-Anfrage</translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="194"/>
        <source>the streamed chat request</source>
        <translation>die gestreamte Chat-Anfrage</translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="201"/>
        <source>the tool-calling request</source>
        <translation>die Anfrage mit Werkzeugaufruf</translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="238"/>
        <source>the model list</source>
        <translation>die Modellliste</translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="262"/>
        <location filename="../../app/core/service.py" line="276"/>
        <source>the balance request</source>
        <translation>die Guthabenabfrage</translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="270"/>
        <location filename="../../app/core/service.py" line="280"/>
        <source>The balance from the service was not in the expected format.</source>
        <translation>Das Guthaben vom Dienst hatte nicht das erwartete Format.</translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="306"/>
        <source>the request log</source>
        <translation>das Anfrageprotokoll</translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="313"/>
        <source>the key&apos;s details</source>
        <translation>die Details des Schlüssels</translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="324"/>
        <source>the model&apos;s health</source>
        <translation>den Zustand des Modells</translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="330"/>
        <source>the key&apos;s spend</source>
        <translation>die Ausgaben des Schlüssels</translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="334"/>
        <source>the reachability check</source>
        <translation>die Erreichbarkeitsprüfung</translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="360"/>
        <source>The API key contains characters that cannot be sent (such as line breaks or accents).</source>
        <translation>Der API-Schlüssel enthält Zeichen, die nicht gesendet werden können (etwa Zeilenumbrüche oder Akzente).</translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="398"/>
        <source>The service&apos;s answer to {what} was not in the expected format.</source>
        <translation>Die Antwort des Dienstes auf {what} hatte nicht das erwartete Format.</translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="414"/>
        <source>The service&apos;s answer had no message in it.</source>
        <translation>Die Antwort des Dienstes enthielt keine Nachricht.</translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="491"/>
        <source>The service sent the whole answer at once instead of piece by piece, which Cursor needs.</source>
        <translation>Der Dienst hat die ganze Antwort auf einmal gesendet statt Stück für Stück, wie Cursor es braucht.</translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="516"/>
        <source>A piece of the streamed answer was damaged (not valid data).</source>
        <translation>Ein Teil der gestreamten Antwort war beschädigt (keine gültigen Daten).</translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="76"/>
        <source>it is too large ({size:,} bytes)</source>
        <translation>sie ist zu groß ({size:,} Bytes)</translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="80"/>
        <source>it is not UTF-8 text</source>
        <translation>sie ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="86"/>
        <source>it is not valid JSON (line {line})</source>
        <translation>sie ist kein gültiges JSON (Zeile {line})</translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="86"/>
        <source>it is not valid JSON</source>
        <translation>sie ist kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="90"/>
        <source>it does not hold a JSON object</source>
        <translation>sie enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="97"/>
        <source>&apos;{name}&apos; has the wrong type</source>
        <translation>„{name}“ hat den falschen Typ</translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="117"/>
        <source>Your saved settings in {path} could not be read ({reason}) and could not be moved aside, so defaults are used and that file will not be changed. Move or delete it yourself to save settings again.</source>
        <translation>Ihre gespeicherten Einstellungen in {path} konnten nicht gelesen ({reason}) und nicht beiseitegelegt werden; daher gelten die Standardwerte, und diese Datei wird nicht geändert. Verschieben oder löschen Sie sie selbst, um wieder Einstellungen speichern zu können.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="134"/>
        <source>Your saved settings could not be read ({reason}), so defaults are used. The old file was kept as {aside}.</source>
        <translation>Ihre gespeicherten Einstellungen konnten nicht gelesen werden ({reason}), daher gelten die Standardwerte. Die alte Datei wurde als {aside} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="147"/>
        <source>Your saved settings in {path} could not be opened ({reason}); defaults are used.</source>
        <translation>Ihre gespeicherten Einstellungen in {path} konnten nicht geöffnet werden ({reason}); es gelten die Standardwerte.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="169"/>
        <source>{path} is a folder, not a file; settings cannot be saved.</source>
        <translation>{path} ist ein Ordner, keine Datei; Einstellungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="185"/>
        <source>{path} contains &apos;{name}&apos;, which was ignored: keys belong in the keyring only. Delete that line from the file.</source>
        <translation>{path} enthält „{name}“; das wurde ignoriert: Schlüssel gehören nur in den Schlüsselbund. Löschen Sie diese Zeile aus der Datei.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="197"/>
        <source>Setting names must be text.</source>
        <translation>Namen von Einstellungen müssen Text sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="201"/>
        <source>Refused to save &apos;{name}&apos; in the settings file: the API key is kept in the keyring only.</source>
        <translation>„{name}“ wurde nicht in der Einstellungsdatei gespeichert: Der API-Schlüssel wird nur im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="204"/>
        <source>Save the key with the keyring instead.</source>
        <translation>Speichern Sie den Schlüssel stattdessen im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="209"/>
        <source>Refused to save the settings: one of the values is the API key.</source>
        <translation>Die Einstellungen wurden nicht gespeichert: Einer der Werte ist der API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="210"/>
        <source>Put the key only in the API key field.</source>
        <translation>Geben Sie den Schlüssel nur im Feld für den API-Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="220"/>
        <source>Settings must be a mapping of names to values.</source>
        <translation>Einstellungen müssen eine Zuordnung von Namen zu Werten sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="225"/>
        <source>The settings could not be saved: {reason}.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="233"/>
        <source>Settings were not saved: {path} could not be read and could not be moved aside.</source>
        <translation>Die Einstellungen wurden nicht gespeichert: {path} konnte weder gelesen noch beiseitegelegt werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="236"/>
        <source>Move or delete that file, then save again.</source>
        <translation>Verschieben oder löschen Sie diese Datei und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="244"/>
        <source>The settings could not be saved to {path}: {reason}.</source>
        <translation>Die Einstellungen konnten nicht unter {path} gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="248"/>
        <source>Check that the folder is writable and the disk is not full, then try again.</source>
        <translation>Prüfen Sie, ob der Ordner beschreibbar und der Datenträger nicht voll ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/transport.py" line="204"/>
        <source>The streamed answer was far larger than any real answer, so it was stopped.</source>
        <translation>Die gestreamte Antwort war viel größer als jede echte Antwort und wurde daher abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/core/transport.py" line="206"/>
        <source>The answer was far larger than any real answer, so it was stopped.</source>
        <translation>Die Antwort war viel größer als jede echte Antwort und wurde daher abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/core/transport.py" line="215"/>
        <source>The streamed answer did not finish within the time limit.</source>
        <translation>Die gestreamte Antwort wurde nicht innerhalb des Zeitlimits fertig.</translation>
    </message>
    <message>
        <location filename="../../app/core/transport.py" line="235"/>
        <source>The service did not finish its answer within the time limit.</source>
        <translation>Der Dienst hat seine Antwort nicht innerhalb des Zeitlimits beendet.</translation>
    </message>
    <message>
        <location filename="../../app/core/transport.py" line="532"/>
        <source>The connection is not ready.</source>
        <translation>Die Verbindung ist nicht bereit.</translation>
    </message>
</context>
</TS>
