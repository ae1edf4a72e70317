<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../app/ui/chat.py" line="46"/>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="47"/>
        <source>Give me a one-line Python function to merge two dicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="48"/>
        <source>Chat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="50"/>
        <source>Se&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="51"/>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="54"/>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="55"/>
        <source>Stop the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="60"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="61"/>
        <source>The answer appears here, word by word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="66"/>
        <source>Answer timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="98"/>
        <source>Waiting for the first words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="131"/>
        <source>First words after %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="154"/>
        <source>First words after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="156"/>
        <source>finished in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="168"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="174"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat.py" line="177"/>
        <source>The chat didn&apos;t work. Press Check again in step 3 to find out why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../app/ui/pages/check.py" line="42"/>
        <source>Sends the request Cursor&apos;s Verify button sends, then a chat, a streamed answer and a tool call. Takes a few seconds; you can keep editing meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="65"/>
        <source>Save a report for IT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="68"/>
        <source>A file for your IT team: versions, system, proxy settings and these results. Never the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="96"/>
        <source>The values changed since this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="98"/>
        <source>Press Check again to check them. The results below are for the values before the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="112"/>
        <source>The checks can&apos;t run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="132"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="132"/>
        <source>This usually takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="161"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="195"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="195"/>
        <source>Press Check again to run the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="204"/>
        <source>Took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="226"/>
        <source>It works, with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="230"/>
        <source>Everything works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="232"/>
        <source>Cursor&apos;s Verify request, a chat, a streamed answer and tools all work. Next, set up Cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="244"/>
        <source>See above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="264"/>
        <source>The checks could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check.py" line="265"/>
        <source>Try again; if it keeps happening, save a report for IT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompactBar</name>
    <message>
        <location filename="../../app/ui/nav.py" line="217"/>
        <source>&amp;Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/nav.py" line="218"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/nav.py" line="237"/>
        <source>Step %1 of %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="57"/>
        <source>Send a &amp;test request as Cursor would</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="61"/>
        <source>Demo mode: the built-in test server records a request the way Cursor&apos;s would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="74"/>
        <source>What could have kept Cursor&apos;s request from arriving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="81"/>
        <source>Try a chat here (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="83"/>
        <source>Try a chat here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="95"/>
        <source>your custom model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="97"/>
        <source>Send one message in Cursor&apos;s chat with %1 picked, then press Check. The service&apos;s log says whether Cursor&apos;s request arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="116"/>
        <source>Asking the service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="117"/>
        <source>Looking for Cursor&apos;s requests in the last hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="155"/>
        <source>Cursor is set up: it chats through AI/ML API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="168"/>
        <source>Likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="169"/>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="170"/>
        <source>Ruled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="191"/>
        <source>The service&apos;s log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="192"/>
        <source>Press Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="214"/>
        <source>Sent, as Cursor would. Now press Check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="222"/>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="271"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="272"/>
        <source>Copied ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CursorPage</name>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="85"/>
        <source>Puts the checked values into Cursor&apos;s settings. Your key is never written there: you paste it once, in Cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="103"/>
        <source>Cursor on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="107"/>
        <source>Now, in Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="110"/>
        <source>&amp;Open Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="112"/>
        <source>Open Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="126"/>
        <source>Copy the values into Cursor by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="136"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="137"/>
        <source>Deployment Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="138"/>
        <source>Model alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="146"/>
        <source>%1 for Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="149"/>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="161"/>
        <source>Steps in Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="167"/>
        <source>What Cursor has now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="173"/>
        <location filename="../../app/ui/pages/cursor.py" line="317"/>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="176"/>
        <source>Undo the change to Cursor&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="208"/>
        <source>Check the values first (step 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="209"/>
        <source>Cursor gets only values the checks proved, so a mistake never reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="226"/>
        <source>Looking for Cursor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="228"/>
        <source>Looking at Cursor&apos;s settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="279"/>
        <source>Cursor isn&apos;t on this computer (or it wasn&apos;t found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="282"/>
        <source>Copy the checked values into Cursor by hand, below. Get Cursor from https://cursor.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="301"/>
        <source>Cursor is running: quit it, then press Apply to Cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="304"/>
        <source>Cursor writes its own settings back when it quits, so they can only be changed while it is closed. This page notices by itself when Cursor quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="314"/>
        <source>Couldn&apos;t tell whether Cursor is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="315"/>
        <source>Quit Cursor if it is open, then press Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="322"/>
        <source>Cursor&apos;s settings differ from the checked values in %1 places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="326"/>
        <source>Cursor&apos;s settings differ from the checked values in 1 place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="329"/>
        <source>Press Apply to Cursor to put them in. A backup of Cursor&apos;s settings is made first, and your key is not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="340"/>
        <source>Applied: Cursor has the checked values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="341"/>
        <source>Changed: %1. A backup was saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="345"/>
        <source>Cursor already has the checked values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="351"/>
        <source>It has a key and the Azure switch is on: nothing is left to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="359"/>
        <source>One thing is left, in Cursor: paste the key and press Verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="368"/>
        <source>Cursor: not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="370"/>
        <source>version unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="372"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="373"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="374"/>
        <source>running or not: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="378"/>
        <source>Cursor %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="391"/>
        <source>As it should be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="393"/>
        <source>Apply fixes this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="397"/>
        <source>To do in Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="411"/>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="412"/>
        <source>Making a backup, then changing Cursor&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="452"/>
        <source>Bringing Cursor&apos;s settings back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="476"/>
        <source>Cursor&apos;s settings could not be looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="477"/>
        <source>Press Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="497"/>
        <source>Cursor is starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="500"/>
        <source>Couldn&apos;t start Cursor from here: open it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="513"/>
        <source>Open Cursor Settings (Ctrl+Shift+J, on a Mac Cmd+Shift+J) → Models → Azure OpenAI, paste the key into API Key and press Verify: that switches Azure on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/ui/errors.py" line="43"/>
        <source>Something went wrong inside the app. What you typed is still there, and you can carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="48"/>
        <source>If it keeps happening, send this file to your IT team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="51"/>
        <source>If it keeps happening, use Help &gt; Save a report for IT and send the file to your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="58"/>
        <location filename="../../app/ui/errors.py" line="65"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Footer</name>
    <message>
        <location filename="../../app/ui/footer.py" line="23"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/footer.py" line="24"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/footer.py" line="27"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/footer.py" line="57"/>
        <source>%1 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/footer.py" line="63"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/footer.py" line="64"/>
        <source>Stop the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/footer.py" line="66"/>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/footer.py" line="67"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyCopy</name>
    <message>
        <location filename="../../app/ui/keycopy.py" line="30"/>
        <source>Copy the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keycopy.py" line="30"/>
        <source>Copy the &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keycopy.py" line="33"/>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keycopy.py" line="58"/>
        <source>Paste your key in step 1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keycopy.py" line="80"/>
        <source>The key stays on the clipboard for %1: paste it into Cursor&apos;s API Key field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keycopy.py" line="91"/>
        <source>You copied something else, so the key is no longer on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keycopy.py" line="97"/>
        <source>Pasted. The key leaves the clipboard in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keycopy.py" line="104"/>
        <source>You pasted the key; it is off the clipboard now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keycopy.py" line="107"/>
        <source>Time is up: the key was taken off the clipboard. Copy it again if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../app/ui/pages/key.py" line="47"/>
        <source>Paste the key from your AI/ML API account. It stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="61"/>
        <source>API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="64"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="65"/>
        <source>Paste your key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="68"/>
        <location filename="../../app/ui/pages/key.py" line="157"/>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="70"/>
        <location filename="../../app/ui/pages/key.py" line="158"/>
        <source>Show key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="72"/>
        <source>Where do I get a key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="75"/>
        <source>&amp;Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="76"/>
        <source>Remember the key on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="78"/>
        <source>For&amp;get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="79"/>
        <source>Forget the key on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="81"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="82"/>
        <source>Keyring status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="157"/>
        <source>H&amp;ide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="158"/>
        <source>Hide key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="203"/>
        <source>Paste your key first: the checks and Cursor need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="242"/>
        <source>The key can&apos;t be remembered here (%1 is not available). It still works until you close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="252"/>
        <source>Couldn&apos;t open %1, so a saved key (if any) was not loaded. Paste the key to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="260"/>
        <source>Key loaded from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="263"/>
        <source>A key is saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="265"/>
        <source>Not saved on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="271"/>
        <source>Can&apos;t use %1 right now, so the key won&apos;t be remembered. It still works now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="281"/>
        <source>Paste a key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="284"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="295"/>
        <source>Saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="299"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="318"/>
        <source>Removed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="320"/>
        <source>There was no saved key to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="334"/>
        <source>Tip: press Remember on this computer so you don&apos;t have to paste the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="341"/>
        <source>Not available: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="354"/>
        <source>The keyring could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/window.py" line="100"/>
        <source>Cursor Azure Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="107"/>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="109"/>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="157"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="22"/>
        <source>&amp;Save a page for your team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="26"/>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="29"/>
        <source>Save a &amp;report for IT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="33"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="158"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="39"/>
        <source>&amp;Where do I get a key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="42"/>
        <source>Help from your &amp;IT team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/menus.py" line="47"/>
        <source>&amp;About Cursor Azure Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/startup.py" line="133"/>
        <source>Demo mode: the demo key is not saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/startup.py" line="98"/>
        <source>your IT team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/startup.py" line="100"/>
        <source>Set up for %1. Some values were chosen by your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/startup.py" line="105"/>
        <source>Get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/startup.py" line="110"/>
        <source>Help from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/startup.py" line="115"/>
        <source>Cursor Azure Setup – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/startup.py" line="126"/>
        <source>Demo mode: a test server on this computer stands in for AI/ML API. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="112"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="49"/>
        <source>Save a page for your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="51"/>
        <source>Markdown page (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="61"/>
        <location filename="../../app/ui/exports.py" line="104"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="62"/>
        <source>The page could not be saved there (%1). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="67"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="76"/>
        <source>Copied a curl command. It uses $AIMLAPI_API_KEY instead of your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="89"/>
        <source>Save a report for IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="91"/>
        <source>Report (*.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="105"/>
        <source>The report could not be saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="108"/>
        <source>Report saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="31"/>
        <source>The organisation settings could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="34"/>
        <source>The window opens without them. Tell your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="50"/>
        <source>About Cursor Azure Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="53"/>
        <source>&lt;h3&gt;Cursor Azure Setup %1&lt;/h3&gt;&lt;p&gt;Connects Cursor&apos;s Azure OpenAI settings to AI/ML API, checks them, and explains any problem in plain words.&lt;/p&gt;&lt;p&gt;Your key is kept only in %3.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt for Python %2&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <location filename="../../app/ui/pages/model.py" line="39"/>
        <source>Cursor sends every request to this model. The first suggestion works well for coding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="59"/>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="61"/>
        <location filename="../../app/ui/pages/model.py" line="249"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="64"/>
        <source>Model details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="67"/>
        <location filename="../../app/ui/pages/model.py" line="270"/>
        <source>Loading the list of models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="68"/>
        <source>Model list status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="69"/>
        <source>Load the list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="74"/>
        <source>Values set by your IT team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="78"/>
        <source>Model &amp;alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="80"/>
        <location filename="../../app/ui/pages/model.py" line="250"/>
        <source>Model alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="83"/>
        <source>The name you pick in Cursor&apos;s chat. Any name that isn&apos;t one of Cursor&apos;s own models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="89"/>
        <source>Advanc&amp;ed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="90"/>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="92"/>
        <source>Service a&amp;ddress (Base URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="94"/>
        <source>Service address (Base URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="97"/>
        <source>&amp;Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="101"/>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="102"/>
        <source>Time limit for each request, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="105"/>
        <source>Where the key is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="106"/>
        <location filename="../../app/ui/pages/model.py" line="107"/>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="109"/>
        <source>A command for IT that sends the same test (the key stays a placeholder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="112"/>
        <source>Save a report for IT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="113"/>
        <source>Save a report for IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="116"/>
        <source>A file for your IT team: versions, system, proxy settings and the checks. Never the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="231"/>
        <source>Your IT team (%1) chose which models you can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="233"/>
        <source>Your IT team chose which models you can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="248"/>
        <source>Service address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="251"/>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="255"/>
        <source>Set by your IT team: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="306"/>
        <source>Your IT team chose this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="308"/>
        <source>One model allowed by your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="310"/>
        <source>%1 models allowed by your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="315"/>
        <source>%1 models available. Open the list to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="323"/>
        <source>Showing the list saved last time (%1 models): the live one could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="325"/>
        <source>Showing the list saved on %2 (%1 models): the live one could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="340"/>
        <source>Couldn&apos;t load the list of models. Open the list and type the model&apos;s id, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="362"/>
        <source>This id isn&apos;t in the list of models. Check the spelling, or pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="382"/>
        <source>Leave it empty to use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="433"/>
        <source>Your key will be sent to %1, a test server on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="440"/>
        <source>Your key will be sent to %1, which is not AI/ML API. Continue only if your IT team gave you this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="461"/>
        <source>Your IT team (%1) set this. Ask them if it needs to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/model.py" line="464"/>
        <source>Your IT team set this. Ask them if it needs to change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../app/ui/picker.py" line="95"/>
        <source>%1 tokens of context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/picker.py" line="102"/>
        <source>streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/picker.py" line="104"/>
        <source>uses tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/picker.py" line="175"/>
        <source>Search by name, developer or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/picker.py" line="177"/>
        <source>Search models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/picker.py" line="180"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/picker.py" line="209"/>
        <source>Recommended for coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/picker.py" line="212"/>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/picker.py" line="217"/>
        <source>Use “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/picker.py" line="220"/>
        <source>a model id typed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/picker.py" line="223"/>
        <source>No model matches. Try fewer letters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <location filename="../../app/ui/rows.py" line="28"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/rows.py" line="34"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/rows.py" line="88"/>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../app/ui/nav.py" line="139"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/nav.py" line="183"/>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../app/ui/texts.py" line="53"/>
        <source>your Mac&apos;s Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="55"/>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="56"/>
        <source>this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="69"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="70"/>
        <source>Works, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="71"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="72"/>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="73"/>
        <source>Could not tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="74"/>
        <location filename="../../app/ui/texts.py" line="180"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="75"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="76"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="83"/>
        <source>Your API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="84"/>
        <source>Choose the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="85"/>
        <source>Check it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="86"/>
        <source>Set up Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="87"/>
        <source>Confirm in Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="94"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="95"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="96"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="97"/>
        <source>Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="98"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="105"/>
        <location filename="../../app/ui/texts.py" line="116"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="106"/>
        <location filename="../../app/ui/texts.py" line="117"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="107"/>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="108"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="109"/>
        <source>Outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="118"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="119"/>
        <source>Working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="120"/>
        <source>Outdated: the values changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="138"/>
        <source>Next: paste your API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="139"/>
        <source>Next: fix the key (step 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="140"/>
        <source>Next: choose the model (step 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="141"/>
        <source>Next: fix the model or the address (step 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="142"/>
        <source>Next: check that it works (step 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="143"/>
        <source>Checking… you can keep editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="144"/>
        <source>Next: do what the check says, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="145"/>
        <source>The values changed since the check: check again (step 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="148"/>
        <location filename="../../app/ui/texts.py" line="198"/>
        <source>Looking at Cursor&apos;s settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="149"/>
        <source>Next: set up Cursor (step 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="150"/>
        <source>Next: press Apply to Cursor (step 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="151"/>
        <source>Next: quit Cursor, then press Apply to Cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="152"/>
        <source>Next: paste the key in Cursor and press Verify there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="155"/>
        <source>Next: copy the values into Cursor (step 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="156"/>
        <source>Next: fix Cursor&apos;s settings (step 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="157"/>
        <source>The values changed since Cursor was set up: set it up again (step 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="160"/>
        <source>Next: send one message in Cursor, then press Check (step 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="163"/>
        <source>Asking the service whether Cursor&apos;s requests arrived…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="166"/>
        <source>Next: do what step 5 says, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="167"/>
        <source>The values changed: confirm in Cursor again (step 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="170"/>
        <source>All set: Cursor chats through AI/ML API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="177"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="178"/>
        <location filename="../../app/ui/texts.py" line="183"/>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="179"/>
        <location filename="../../app/ui/texts.py" line="184"/>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="181"/>
        <source>&amp;Check first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="182"/>
        <source>&amp;Apply to Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="185"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="192"/>
        <source>Cursor is running: quit it, then press Apply. This page notices by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="195"/>
        <source>Couldn&apos;t tell whether Cursor is running. Quit Cursor, then press Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="199"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="206"/>
        <source>Change the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="207"/>
        <source>Open the billing page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="208"/>
        <source>Choose another model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="209"/>
        <source>Check the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="210"/>
        <source>Set up Cursor again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="218"/>
        <source>under a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="221"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../app/core/catalog_format.py" line="54"/>
        <source>Type the model id yourself (for example google/gemini-2.5-pro) and check again; if it keeps happening, send the diagnostic report to IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/catalog_format.py" line="60"/>
        <source>The service&apos;s model list was empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/catalog_format.py" line="67"/>
        <source>The service&apos;s model list was not in a format this tool knows, so no model could be read from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="63"/>
        <source>Reached {url} in {ms} ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="107"/>
        <source>This API key is switched off at the service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="109"/>
        <source>Switch it on at {keys}, or create a new key there and paste it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="156"/>
        <source>The API key works, but the balance is low: {balance}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="157"/>
        <source>Top up soon on {billing} so Cursor does not stop mid-task.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="160"/>
        <source>The API key works; balance {balance}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="186"/>
        <source>Use {model} as the Deployment Name: “{typed}” is {how}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="208"/>
        <source>The service answered Cursor&apos;s Verify request with status {status} instead of 200, and Cursor accepts only 200: it would say “Invalid credentials” even though the key works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="213"/>
        <source>Check that the Base URL is exactly {url} (a gateway in front of the service may answer differently); if it is, send the diagnostic report to IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="118"/>
        <source>The model answered, so the key works for Cursor, but the account check said: {said}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/config.py" line="167"/>
        <source>The key in {source} is UTF-16 text (what Notepad saves as “Unicode”), not UTF-8: save the file as UTF-8, or paste the key itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/config.py" line="178"/>
        <source>The key in {source} is not UTF-8 text (perhaps a file saved in another encoding): save it as UTF-8, or copy the key again from {page}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="56"/>
        <source>Give the period as a whole number of minutes, hours or days, such as 30m, 1h, 24h or 7d (up to 90d).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/cursor/backups.py" line="149"/>
        <source>Could not make a backup of Cursor&apos;s settings, so nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/cursor/backups.py" line="151"/>
        <source>Make sure there is free disk space in {folder}, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/cursor/check.py" line="92"/>
        <source>the model&apos;s catalog entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/cursor/check.py" line="111"/>
        <source>The key&apos;s details could not be read: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/cursor/demo.py" line="118"/>
        <source>A stand-in for Cursor&apos;s request can only be sent to the built-in simulator on this computer, not to {url}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/cursor/demo.py" line="122"/>
        <source>Start the app with --demo to try it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/cursor/demo.py" line="133"/>
        <source>the simulated Cursor request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/cursor/demo.py" line="144"/>
        <source>The simulator&apos;s answer was not in the expected format.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="321"/>
        <source>The service did not accept the request this tool made for {what}: that is a fault in this tool, not in your setup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="326"/>
        <source>Try again; if it keeps happening, update Cursor Azure Setup or send the diagnostic report to IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="371"/>
        <source>Wait {when} and check again, or top up at {billing} to lift the free-tier limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="380"/>
        <source>Wait {when} and check again; if it keeps happening, close other tools using the same key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="416"/>
        <source>a minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="418"/>
        <source>about 1 second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="418"/>
        <source>about {seconds} seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="432"/>
        <source>The account behind this API key has run out of credits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="434"/>
        <source>Top up the balance at {billing} (or ask whoever manages the account), then check again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="443"/>
        <source>This API key has reached the spending limit set on it, so the service refuses its requests.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="445"/>
        <source>Raise the key&apos;s limit at {keys} (or ask whoever manages the account), or use another key, then check again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="466"/>
        <source>The service refused this API key: it says the key is not valid or is switched off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="467"/>
        <source>Create a new key at {keys}, paste it here and check again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="472"/>
        <source>The service says this API key is not allowed to do this (the key&apos;s permissions).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="474"/>
        <source>Give the key access to chat models at {keys}, or create a key that has it, then check again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="482"/>
        <source>The service refused the request because of the account: usually it has run out of credits or the key has reached its spending limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="486"/>
        <source>Check the balance at {billing} and the key&apos;s spending limit at {keys}, top up or raise the limit, then check again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="119"/>
        <source>The Base URL uses plain http://, which is allowed only for this computer, but {host} is at {address}, another computer, so nothing was sent there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="124"/>
        <source>Use the https:// address of the service, such as {url}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/diagnostics.py" line="227"/>
        <source>{path} is {what}, not a regular file, so no report was written there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="175"/>
        <source>the preset file {what}. Check the path given with {option}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="162"/>
        <source>the preset file {what}. Check the path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/service.py" line="108"/>
        <source>“{period}” is not a period: give a whole number of hours or days, such as 1h or 7d.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/service.py" line="391"/>
        <source>The service&apos;s answer to {what} was not in the expected format.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
