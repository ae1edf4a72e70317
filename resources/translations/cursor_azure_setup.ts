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
        <location filename="../../app/ui/nav.py" line="438"/>
        <source>&amp;Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/nav.py" line="439"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/nav.py" line="458"/>
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
        <location filename="../../app/ui/pages/confirm.py" line="77"/>
        <source>What could have kept Cursor&apos;s request from arriving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="84"/>
        <source>Try a chat here (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="86"/>
        <source>Try a chat here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="99"/>
        <source>your custom model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="101"/>
        <source>Send one message in Cursor&apos;s chat with %1 picked, then press Check. The service&apos;s log says whether Cursor&apos;s request arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="120"/>
        <source>Asking the service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="121"/>
        <source>Looking for Cursor&apos;s requests in the last hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="160"/>
        <source>Cursor is set up: it chats through AI/ML API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="176"/>
        <source>Likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="177"/>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="178"/>
        <source>Ruled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="199"/>
        <source>The service&apos;s log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="200"/>
        <source>Press Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="222"/>
        <source>Sent, as Cursor would. Now press Check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/confirm.py" line="230"/>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="297"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="298"/>
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
        <location filename="../../app/ui/pages/cursor.py" line="104"/>
        <source>Cursor on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="108"/>
        <source>Now, in Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="111"/>
        <source>&amp;Open Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="113"/>
        <source>Open Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="127"/>
        <source>Copy the values into Cursor by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="137"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="138"/>
        <source>Deployment Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="139"/>
        <source>Model alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="147"/>
        <source>%1 for Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="150"/>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="162"/>
        <source>Steps in Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="168"/>
        <source>What Cursor has now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="174"/>
        <location filename="../../app/ui/pages/cursor.py" line="321"/>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="177"/>
        <source>Undo the change to Cursor&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="209"/>
        <source>Check the values first (step 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="210"/>
        <source>Cursor gets only values the checks proved, so a mistake never reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="227"/>
        <source>Looking for Cursor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="229"/>
        <source>Looking at Cursor&apos;s settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="283"/>
        <source>Cursor isn&apos;t on this computer (or it wasn&apos;t found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="286"/>
        <source>Copy the checked values into Cursor by hand, below. Get Cursor from https://cursor.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="305"/>
        <source>Cursor is running: quit it, then press Apply to Cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="308"/>
        <source>Cursor writes its own settings back when it quits, so they can only be changed while it is closed. This page notices by itself when Cursor quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="318"/>
        <source>Couldn&apos;t tell whether Cursor is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="319"/>
        <source>Quit Cursor if it is open, then press Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="326"/>
        <source>Cursor&apos;s settings differ from the checked values in %1 places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="330"/>
        <source>Cursor&apos;s settings differ from the checked values in 1 place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="333"/>
        <source>Press Apply to Cursor to put them in. A backup of Cursor&apos;s settings is made first, and your key is not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="344"/>
        <source>Applied: Cursor has the checked values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="345"/>
        <source>Changed: %1. A backup was saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="349"/>
        <source>Cursor already has the checked values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="355"/>
        <source>It has a key and the Azure switch is on: nothing is left to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="363"/>
        <source>One thing is left, in Cursor: paste the key and press Verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="372"/>
        <source>Cursor: not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="374"/>
        <source>version unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="376"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="377"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="378"/>
        <source>running or not: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="382"/>
        <source>Cursor %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="395"/>
        <source>As it should be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="397"/>
        <source>Apply fixes this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="401"/>
        <source>To do in Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="415"/>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="416"/>
        <source>Making a backup, then changing Cursor&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="456"/>
        <source>Bringing Cursor&apos;s settings back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="482"/>
        <source>Cursor&apos;s settings could not be looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="483"/>
        <source>Press Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="503"/>
        <source>Cursor is starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="506"/>
        <source>Couldn&apos;t start Cursor from here: open it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cursor.py" line="519"/>
        <source>Open Cursor Settings (Ctrl+Shift+J, on a Mac Cmd+Shift+J) → Models → Azure OpenAI, paste the key into API Key and press Verify: that switches Azure on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/ui/errors.py" line="57"/>
        <source>Something went wrong inside the app. What you typed is still there, and you can carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="62"/>
        <source>If it keeps happening, send this file to your IT team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="65"/>
        <source>If it keeps happening, use Help &gt; Save a report for IT and send the file to your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="72"/>
        <location filename="../../app/ui/errors.py" line="79"/>
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
        <location filename="../../app/ui/keycopy.py" line="90"/>
        <source>You copied something else, so the key is no longer on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keycopy.py" line="95"/>
        <source>Pasted. The key leaves the clipboard in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keycopy.py" line="102"/>
        <source>You pasted the key; it is off the clipboard now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keycopy.py" line="105"/>
        <source>Time is up: the key was taken off the clipboard. Copy it again if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../app/ui/pages/key.py" line="50"/>
        <source>Paste the key from your AI/ML API account. It stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="64"/>
        <source>API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="67"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="68"/>
        <source>Paste your key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="71"/>
        <location filename="../../app/ui/pages/key.py" line="163"/>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="73"/>
        <location filename="../../app/ui/pages/key.py" line="164"/>
        <source>Show key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="75"/>
        <source>Where do I get a key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="78"/>
        <source>&amp;Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="79"/>
        <source>Remember the key on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="81"/>
        <source>For&amp;get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="82"/>
        <source>Forget the key on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="84"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="85"/>
        <source>Keyring status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="163"/>
        <source>H&amp;ide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="164"/>
        <source>Hide key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="209"/>
        <source>Paste your key first: the checks and Cursor need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="248"/>
        <source>The key can&apos;t be remembered here (%1 is not available). It still works until you close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="258"/>
        <source>Couldn&apos;t open %1, so a saved key (if any) was not loaded. Paste the key to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="266"/>
        <source>Key loaded from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="269"/>
        <source>A key is saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="271"/>
        <source>Not saved on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="278"/>
        <source>Can&apos;t use %1 right now, so the key won&apos;t be remembered. It still works now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="289"/>
        <source>Paste a key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="292"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="303"/>
        <source>Saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="307"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="326"/>
        <source>Removed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="328"/>
        <source>There was no saved key to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="342"/>
        <source>Tip: press Remember on this computer so you don&apos;t have to paste the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="349"/>
        <source>Not available: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/key.py" line="362"/>
        <source>The keyring could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/window.py" line="99"/>
        <source>Cursor Azure Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="106"/>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="108"/>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="156"/>
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
        <location filename="../../app/ui/window.py" line="157"/>
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
        <location filename="../../app/ui/window.py" line="111"/>
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
        <location filename="../../app/ui/nav.py" line="202"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/nav.py" line="285"/>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../app/ui/texts.py" line="69"/>
        <source>your Mac&apos;s Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="71"/>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="72"/>
        <source>this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="85"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="86"/>
        <source>Works, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="87"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="88"/>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="89"/>
        <source>Could not tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="90"/>
        <location filename="../../app/ui/texts.py" line="196"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="91"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="92"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="99"/>
        <source>Your API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="100"/>
        <source>Choose the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="101"/>
        <source>Check it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="102"/>
        <source>Set up Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="103"/>
        <source>Confirm in Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="110"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="111"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="112"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="113"/>
        <source>Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="114"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="121"/>
        <location filename="../../app/ui/texts.py" line="132"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="122"/>
        <location filename="../../app/ui/texts.py" line="133"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="123"/>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="124"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="125"/>
        <source>Outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="134"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="135"/>
        <source>Working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="136"/>
        <source>Outdated: the values changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="154"/>
        <source>Next: paste your API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="155"/>
        <source>Next: fix the key (step 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="156"/>
        <source>Next: choose the model (step 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="157"/>
        <source>Next: fix the model or the address (step 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="158"/>
        <source>Next: check that it works (step 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="159"/>
        <source>Checking… you can keep editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="160"/>
        <source>Next: do what the check says, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="161"/>
        <source>The values changed since the check: check again (step 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="164"/>
        <location filename="../../app/ui/texts.py" line="214"/>
        <source>Looking at Cursor&apos;s settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="165"/>
        <source>Next: set up Cursor (step 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="166"/>
        <source>Next: press Apply to Cursor (step 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="167"/>
        <source>Next: quit Cursor, then press Apply to Cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="168"/>
        <source>Next: paste the key in Cursor and press Verify there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="171"/>
        <source>Next: copy the values into Cursor (step 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="172"/>
        <source>Next: fix Cursor&apos;s settings (step 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="173"/>
        <source>The values changed since Cursor was set up: set it up again (step 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="176"/>
        <source>Next: send one message in Cursor, then press Check (step 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="179"/>
        <source>Asking the service whether Cursor&apos;s requests arrived…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="182"/>
        <source>Next: do what step 5 says, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="183"/>
        <source>The values changed: confirm in Cursor again (step 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="186"/>
        <source>All set: Cursor chats through AI/ML API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="193"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="194"/>
        <location filename="../../app/ui/texts.py" line="199"/>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="195"/>
        <location filename="../../app/ui/texts.py" line="200"/>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="197"/>
        <source>&amp;Check first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="198"/>
        <source>&amp;Apply to Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="201"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="208"/>
        <source>Cursor is running: quit it, then press Apply. This page notices by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="211"/>
        <source>Couldn&apos;t tell whether Cursor is running. Quit Cursor, then press Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="215"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="222"/>
        <source>Change the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="223"/>
        <source>Open the billing page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="224"/>
        <source>Choose another model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="225"/>
        <source>Check the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="226"/>
        <source>Set up Cursor again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="234"/>
        <source>under a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="244"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../app/core/api_key.py" line="40"/>
        <source>This looks like an Anthropic key, not an AI/ML API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="41"/>
        <source>This looks like an OpenAI key (it starts with sk-), not an AI/ML API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="44"/>
        <source>This looks like an Amazon Web Services key, not an AI/ML API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="48"/>
        <source>This looks like a GitHub token, not an AI/ML API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="50"/>
        <source>This looks like a GitLab token, not an AI/ML API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="53"/>
        <source>This looks like a Google API key, not an AI/ML API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="55"/>
        <source>This looks like a Slack token, not an AI/ML API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="58"/>
        <source>This looks like a sign-in token (JWT), not an AI/ML API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="60"/>
        <source>This looks like a web address, not an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="111"/>
        <source>The key in {source} is UTF-16 text (what Notepad saves as “Unicode”), not UTF-8: save the file as UTF-8, or paste the key itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="122"/>
        <source>The key in {source} is not UTF-8 text (perhaps a file saved in another encoding): save it as UTF-8, or copy the key again from {page}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="134"/>
        <source>Removed spaces or line breaks around the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="139"/>
        <source>Removed {count} space(s) or line break(s) from inside the key. Check that you copied the whole key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="146"/>
        <source>Removed non-breaking spaces that came with the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="151"/>
        <source>Removed {count} invisible character(s) that came with the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="156"/>
        <source>Removed the quotes around the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="161"/>
        <source>Removed &quot;{label}&quot; in front of the key: only the key itself is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="185"/>
        <source>Paste your AI/ML API key. You can create one on the keys page: {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="192"/>
        <source>The key contains a control character (at position {position}), which an API key cannot have. Copy the key again from {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="199"/>
        <source>The key contains a non-ASCII character (at position {position}), which an API key cannot have. Copy the key again from {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="210"/>
        <source>This is too short to be an API key ({length} characters). Copy the whole key from {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="219"/>
        <source>This is far too long to be an API key ({length} characters; a key is a few dozen). Copy only the key from {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="228"/>
        <source>{warning} Copy your key from {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/api_key.py" line="236"/>
        <source>The key looks too short ({length} characters); it may be cut off. Copy the whole key from {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_format.py" line="55"/>
        <source>Type the model id yourself (for example google/gemini-2.5-pro) and check again; if it keeps happening, send the diagnostic report to IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_format.py" line="61"/>
        <source>The service&apos;s model list was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_format.py" line="68"/>
        <source>The service&apos;s model list was not in a format this tool knows, so no model could be read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="64"/>
        <source>Reached {url} in {took}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="108"/>
        <source>This API key is switched off at the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="110"/>
        <source>Switch it on at {keys}, or create a new key there and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="139"/>
        <source>This address does not show the account balance (it is not api.aimlapi.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="140"/>
        <source>Check the balance on the AI/ML API dashboard, or ask IT about this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="157"/>
        <source>The API key works, but the balance is low: {balance}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="158"/>
        <source>Top up soon on {billing} so Cursor does not stop mid-task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="161"/>
        <source>The API key works; balance {balance}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="168"/>
        <source>another name of it, which this route does not take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="169"/>
        <source>its id in other capitals, and ids are case-sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="170"/>
        <source>its id with another prefix, or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="187"/>
        <source>Use {model} as the Deployment Name: “{typed}” is {how}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="209"/>
        <source>The service answered Cursor&apos;s Verify request with status {status} instead of 200, and Cursor accepts only 200: it would say “Invalid credentials” even though the key works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="214"/>
        <source>Check that the Base URL is exactly {url} (a gateway in front of the service may answer differently); if it is, send the diagnostic report to IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="222"/>
        <source>Cursor&apos;s Verify button will accept these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="228"/>
        <source>Try the chat in Cursor; if answers stay empty, pick another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="238"/>
        <source>{model} answered with an empty message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="245"/>
        <source>{model} answered: “{reply}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="268"/>
        <source>The streamed answer arrived but was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="276"/>
        <source>Answers arrive word by word: first words after {first}, complete after {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="292"/>
        <source>The model answered in words instead of using a tool, so Cursor&apos;s agent may not edit files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="294"/>
        <source>Chat works; for Cursor&apos;s agent, pick a model that can use tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="305"/>
        <source>The model tried to use a tool but sent garbled details with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="306"/>
        <source>Agent mode may misbehave with this model; pick another model if edits fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="313"/>
        <source>The model can use tools, which Cursor&apos;s agent needs to edit files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="62"/>
        <source>Skipped: the service could not be reached (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="63"/>
        <source>Skipped: the secure connection to the service failed (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="64"/>
        <source>Skipped: something on the network is in the way (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="65"/>
        <source>Skipped: a setting cannot be used as it is (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="66"/>
        <source>Skipped: the API key was rejected (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="68"/>
        <source>Skipped: the service refused the request because of the account (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="70"/>
        <source>Skipped: this key has reached its spending limit (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="71"/>
        <source>Skipped: the deployment was not found (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="75"/>
        <source>Skipped: this model refuses a setting Cursor sends (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="80"/>
        <source>Skipped: the Base URL does not lead to the service (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="122"/>
        <source>The model answered, so the key works for Cursor, but the account check said: {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="144"/>
        <source>Skipped: the checks were cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="174"/>
        <source>This check stopped on an unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="175"/>
        <source>Run the checks again; if it repeats, send the diagnostic report to IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="341"/>
        <source>This check did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="89"/>
        <source>The base URL is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="95"/>
        <source>{problem} Use the address of the service, for example {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="143"/>
        <source>The base URL is far too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="145"/>
        <source>The base URL has a space or line break in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="148"/>
        <source>The base URL has characters a web address cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="156"/>
        <source>Fixed the slashes after {scheme}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="159"/>
        <source>Added https: in front of the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="162"/>
        <source>Added https:// in front of the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="164"/>
        <source>The base URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="176"/>
        <source>Remove the user name or password from the base URL: the key goes in the API key field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="184"/>
        <source>The base URL has port 0, which cannot work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="192"/>
        <source>The base URL must start with https:// (plain http:// would send your key unencrypted; it is allowed only for this computer, such as the built-in simulator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="210"/>
        <source>Took the deployment {deployment} from the pasted URL and kept only its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="217"/>
        <source>Removed the request path from the base URL: Cursor adds it itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="221"/>
        <source>Removed the part after ? or # from the base URL: Cursor adds its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="238"/>
        <source>Removed &quot;{what}&quot; from the end of the base URL: Cursor adds the path itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="281"/>
        <source>{problem} A deployment is a model id such as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="292"/>
        <source>Removed quotes or invisible characters from the deployment name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="302"/>
        <source>This is a web address, not a deployment name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="305"/>
        <source>Took the deployment name from the pasted URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="310"/>
        <source>Decoded %2F and similar codes in the deployment name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="314"/>
        <source>Removed the slash at the start or end of the deployment name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="317"/>
        <source>Enter a deployment name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="322"/>
        <source>A deployment name has no spaces. A deployment is a model id such as {example}; pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="328"/>
        <source>The deployment name is far too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="331"/>
        <source>a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="335"/>
        <source>The deployment name contains {character}, which model ids never have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="340"/>
        <source>The deployment name has an empty or dot-only part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="389"/>
        <source>The model alias has a line break or control character. Type it on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="393"/>
        <source>Keep the model alias under {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="409"/>
        <source>Cursor already has a built-in model called &quot;{name}&quot; and will reject it as a custom name. Choose another, such as &quot;{suggestion}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="418"/>
        <source>Avoid spaces in the model alias: use dashes instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="429"/>
        <source>Set the timeout to a number of seconds between {low:g} and {high:g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="473"/>
        <source>This field holds your API key. Put the key only in the API key field and clear this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="488"/>
        <source>The pasted base URL named the deployment {pasted}; using {name} from the Deployment field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="511"/>
        <source>Using a server on this computer (such as the built-in simulator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="519"/>
        <source>Your key will be sent to {host}, not {official}. Continue only if your IT team gave you this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="57"/>
        <source>Give the period as a whole number of minutes, hours or days, such as 30m, 1h, 24h or 7d (up to 90d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="193"/>
        <source>The service&apos;s request log was not in the expected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="268"/>
        <source>no spending limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="270"/>
        <source>a spending limit of {limit:g} USD a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="273"/>
        <source>a spending limit of {limit:g} USD ({period})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="277"/>
        <source>{used:.2f} USD used this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="279"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="279"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="283"/>
        <source>The key ({name}): {limit}; scopes: {scopes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="288"/>
        <source>The key: {limit}; scopes: {scopes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="307"/>
        <source>The service does not show this key&apos;s details to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="310"/>
        <source>The key&apos;s details could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="338"/>
        <source>Could not read how {model} is doing at the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="341"/>
        <source>{model} answered requests at the service in the last {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/account.py" line="346"/>
        <source>The service has seen no successful request to {model} in the last {minutes} minutes (a model few people use can be quiet; a busy one may be having trouble).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="58"/>
        <location filename="../../app/core/cursor/findings.py" line="46"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="59"/>
        <location filename="../../app/core/cursor/findings.py" line="47"/>
        <source>Deployment Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="60"/>
        <source>Custom models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="61"/>
        <source>Models switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="62"/>
        <source>Models switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="142"/>
        <source>{url} is an address on this computer: Cursor sends its chat requests from its own servers, which cannot reach it. Check the real service here, then apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="149"/>
        <source>The Base URL should be {url}; check it again here first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="154"/>
        <source>The deployment should be {deployment}; check it again here first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="158"/>
        <source>Choose a model alias without spaces (for example aimlapi-gemini-2.5-pro).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="164"/>
        <source>&quot;{alias}&quot; is the name of a model built into Cursor, which Cursor refuses as a custom model. Choose another model alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="178"/>
        <source>{where} is not a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="202"/>
        <location filename="../../app/core/cursor/apply.py" line="225"/>
        <source>{where} is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="209"/>
        <source>{where} is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="218"/>
        <source>This Cursor keeps its model list elsewhere: add {alias} in Cursor Settings -&gt; Models (&quot;+ Add Custom Model&quot;) and switch it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="261"/>
        <source>Switched off {names}, added by this tool before: {alias} takes its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="267"/>
        <source>Switched off {names}, added by this tool before: {alias} takes their place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="273"/>
        <source>Would switch off {names}, added by this tool before: {alias} would take its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="278"/>
        <source>Would switch off {names}, added by this tool before: {alias} would take their place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="316"/>
        <source>Could not read the list of models this tool added, so any it added earlier are left on (switch them off in Cursor Settings -&gt; Models if they are not needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="383"/>
        <source>Cursor already has these values; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="390"/>
        <source>Cursor is running: quit it before applying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="393"/>
        <source>Apply would change: {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="429"/>
        <source>Could not record {alias} as added by this tool, so a later apply with another alias will leave it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="456"/>
        <source>Cursor&apos;s settings file is read-only for you, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="458"/>
        <source>Make {path} writable for your user (or ask IT), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="486"/>
        <source>Cursor&apos;s settings were changed: {changes}. A backup was saved in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="502"/>
        <source>Nothing was left half-changed: the backup was put back. Copy the values into Cursor by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="505"/>
        <source>Restore the backup from {folder} (Restore), or copy the values into Cursor by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="509"/>
        <source>Cursor&apos;s settings did not read back as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="575"/>
        <source>The backup is damaged or incomplete, so it was not brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="577"/>
        <source>Nothing was changed. Copy the values into Cursor by hand if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="589"/>
        <source>Cursor&apos;s settings already match the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="603"/>
        <source>The backup could not be put back completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="605"/>
        <source>Your settings as they were just before are saved in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="607"/>
        <source>Copy the values into Cursor by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/apply.py" line="613"/>
        <source>Cursor&apos;s settings were brought back from the backup of {created:%Y-%m-%d %H:%M} UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/backups.py" line="199"/>
        <source>Could not make a backup of Cursor&apos;s settings, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/backups.py" line="204"/>
        <source>Could not make a backup of Cursor&apos;s settings, so nothing was changed: {name} beside them is not a file (a named pipe or a device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/backups.py" line="210"/>
        <source>Quit Cursor, move {path} away, open Cursor once and quit it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/backups.py" line="216"/>
        <source>{folder} is taken by something that is not a folder; move it away, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/backups.py" line="220"/>
        <source>Make sure there is free disk space in {folder}, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/backups.py" line="223"/>
        <source>Make sure you may write in {folder} (Cursor&apos;s own folder), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/backups.py" line="227"/>
        <source>Check that {folder} can be written to, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/check.py" line="99"/>
        <source>the model&apos;s catalog entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/check.py" line="119"/>
        <source>The key&apos;s details could not be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/check.py" line="141"/>
        <source>The service&apos;s request log did not answer within {seconds:g} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/check.py" line="142"/>
        <source>Try again in a minute; on a slow connection, raise the time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/check.py" line="190"/>
        <source>The key&apos;s details could not be read in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/demo.py" line="118"/>
        <source>A stand-in for Cursor&apos;s request can only be sent to the built-in simulator on this computer, not to {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/demo.py" line="122"/>
        <source>Start the app with --demo to try it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/demo.py" line="133"/>
        <source>the simulated Cursor request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/demo.py" line="144"/>
        <source>The simulator&apos;s answer was not in the expected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="48"/>
        <source>Azure OpenAI switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="49"/>
        <source>API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="50"/>
        <source>Custom model added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="51"/>
        <source>Custom model switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="52"/>
        <source>Other custom models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="53"/>
        <source>Override OpenAI Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="56"/>
        <source>Cursor Settings -&gt; Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="148"/>
        <source>Press Apply to Cursor, or set Base URL in {section} to exactly {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="160"/>
        <source>Could not read Cursor&apos;s Base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="161"/>
        <source>Set Base URL in {section} to exactly {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="164"/>
        <source>Cursor has no Base URL yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="166"/>
        <source>Base URL is {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="173"/>
        <source>Cursor&apos;s Base URL ({shown}) is not a web address Cursor can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="179"/>
        <source>Cursor&apos;s Base URL starts with http:// ({shown}). Cursor puts https:// in front of anything else, so the address it builds cannot work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="190"/>
        <source>Cursor&apos;s Base URL points to {have}, not {want}: Cursor would send your requests and your key there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="202"/>
        <source>Cursor&apos;s Base URL ends in /openai ({shown}). Cursor adds /openai/deployments/... itself, so its requests go to /openai/openai/... and fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="210"/>
        <source>Cursor&apos;s Base URL has more after the address ({shown}). Cursor adds the rest of the request&apos;s address itself, so its requests would fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="217"/>
        <source>Cursor&apos;s Base URL is {shown}; the one set up here is {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="238"/>
        <source>Press Apply to Cursor, or set Deployment Name in {section} to exactly {deployment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="250"/>
        <source>Could not read Cursor&apos;s Deployment Name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="252"/>
        <source>Set Deployment Name in {section} to exactly {deployment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="259"/>
        <source>Cursor has no Deployment Name yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="262"/>
        <source>Deployment Name is {deployment}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="267"/>
        <source>Cursor&apos;s Deployment Name has spaces around {deployment}; remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="273"/>
        <source>Cursor&apos;s Deployment Name is written with a code in place of the slash ({name}); it must be {deployment}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="283"/>
        <source>Cursor&apos;s Deployment Name ({name}) differs from {deployment} in capital letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="292"/>
        <source>Cursor&apos;s Deployment Name is {name}, a model&apos;s short name (the full id is {meant}): the deployment is the model&apos;s id with the part before the slash, here {deployment}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="300"/>
        <source>Cursor&apos;s Deployment Name is {name}, a model&apos;s short name: the deployment is the model&apos;s id with the part before the slash, here {deployment}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="309"/>
        <source>Cursor uses the deployment {name}, but the one set up here is {deployment}. The Deployment Name decides which model answers every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="319"/>
        <source>In {section}, paste your API Key, press Verify, and make sure the switch is on (changing any field there turns it off until Verify passes again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="325"/>
        <source>Could not read the Azure OpenAI switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="328"/>
        <location filename="../../app/core/cursor/traffic.py" line="228"/>
        <source>The Azure OpenAI switch is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="332"/>
        <source>The Azure OpenAI switch is off, so Cursor does not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="339"/>
        <source>Copy your key with the Copy button here and paste it into API Key in {section} (this tool never writes the key into Cursor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="346"/>
        <source>Could not tell whether Cursor has an API Key (this Cursor may keep it encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="349"/>
        <source>Could not tell whether Cursor has an API Key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="353"/>
        <source>Cursor has an API Key in its Azure OpenAI section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="356"/>
        <location filename="../../app/core/cursor/traffic.py" line="300"/>
        <source>Cursor has no API Key in its Azure OpenAI section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="363"/>
        <source>Choose another model alias here, such as &quot;{suggestion}&quot;, then press Apply to Cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="367"/>
        <source>&quot;{alias}&quot; is the name of a model built into Cursor: Cursor 2.x and later refuse it as a custom model, and built-in models never use your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="377"/>
        <source>Could not read Cursor&apos;s list of custom models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="378"/>
        <source>Check in {page} that {alias} is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="386"/>
        <source>The custom model {alias} is in Cursor&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="393"/>
        <source>The custom model {alias} is not in Cursor&apos;s list of models yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="395"/>
        <source>Press Apply to Cursor, or in {page} press &quot;+ Add Custom Model&quot; and type {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="405"/>
        <source>Press Apply to Cursor, or switch {alias} on in the model list of {page}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="414"/>
        <source>Could not tell whether {alias} is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="415"/>
        <source>Switch {alias} on in the model list of {page}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="421"/>
        <source>{alias} is switched on in Cursor&apos;s model list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="424"/>
        <source>{alias} is not in Cursor&apos;s model list, so it cannot be switched on yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="426"/>
        <source>{alias} is switched off in Cursor&apos;s model list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="428"/>
        <source>{alias} is not switched on in Cursor&apos;s model list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="438"/>
        <source>Could not tell which other custom models are switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="440"/>
        <source>In {page}, keep only {alias} switched on among your custom models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="448"/>
        <source>No other custom models are switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="452"/>
        <source>{names} and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="457"/>
        <source>Other custom models are switched on too ({names}). Cursor sends every custom model to the one Azure deployment ({deployment}), so picking one of them would quietly use it as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="463"/>
        <source>In {page}, switch off {names} and keep only {alias} on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="473"/>
        <source>In {page}, switch off the OpenAI API Key and clear Override OpenAI Base URL; use only the Azure OpenAI section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="479"/>
        <source>Could not read the OpenAI key settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="483"/>
        <location filename="../../app/core/cursor/traffic.py" line="251"/>
        <source>The Override OpenAI Base URL route is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="487"/>
        <source>The Override OpenAI Base URL route is on ({url}). It breaks Agent mode for custom models and can take requests meant for the Azure OpenAI section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/findings.py" line="493"/>
        <source>The Override OpenAI Base URL route is on. It breaks Agent mode for custom models and can take requests meant for the Azure OpenAI section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/install.py" line="115"/>
        <source>install folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/install.py" line="128"/>
        <source>user data folder (its User folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/install.py" line="128"/>
        <source>a globalStorage folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="17"/>
        <source>Cursor Settings -&gt; Models -&gt; Azure OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="19"/>
        <source>Quit Cursor completely (File -&gt; Exit; on a Mac, Cursor -&gt; Quit Cursor), then press Apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="30"/>
        <source>Cursor&apos;s settings were not found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="32"/>
        <source>Install Cursor from https://cursor.com, open it once and quit it, then check again. You can always copy the values into Cursor by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="42"/>
        <source>The folder given as Cursor&apos;s {what} ({path}) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="46"/>
        <source>The folder given as Cursor&apos;s {what} ({path}) does not look like one: it has no {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="55"/>
        <source>Give the folder that holds {expected}, or leave the option out to look in the usual places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="73"/>
        <source>Cursor is running. While it runs it keeps its own copy of these settings and would overwrite any change, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="92"/>
        <source>Cursor started while this tool was changing its settings: the change was written, but Cursor may put its own copy back when it quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="96"/>
        <source>Quit Cursor, then compare again (Cursor&apos;s settings, here); press Apply to Cursor again if the values are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="107"/>
        <source>This tool could not tell whether Cursor is running, so it changed nothing (a running Cursor would overwrite the change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="111"/>
        <source>Make sure Cursor is closed, then try again; if this keeps happening, copy the values into Cursor by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="122"/>
        <source>Could not read Cursor&apos;s settings: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="124"/>
        <source>Open Cursor once and quit it, then check again. If this keeps happening, copy the values into {section} by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="137"/>
        <source>Cursor&apos;s settings are stored in a way this tool does not recognise ({where}), so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="142"/>
        <source>Copy the values into {section} by hand; a newer version of this tool may handle this Cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="153"/>
        <source>Another program is using Cursor&apos;s settings right now (often Cursor still closing), so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="156"/>
        <source>Wait a few seconds, make sure Cursor is closed, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="164"/>
        <source>Cursor&apos;s settings changed while this tool was preparing the change, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="165"/>
        <source>Make sure Cursor is closed, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="176"/>
        <source>Nothing else was changed. Copy the values into {section} by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="185"/>
        <source>There is no backup of Cursor&apos;s settings to bring back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="186"/>
        <source>A backup is made each time this tool changes Cursor&apos;s settings; nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="196"/>
        <source>Cursor&apos;s Verify request did not pass with these values, so nothing was changed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/problems.py" line="209"/>
        <source>Fix the value here and check it again before applying it to Cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/settings.py" line="132"/>
        <source>they are damaged (not valid JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/settings.py" line="136"/>
        <source>the AI settings are not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/settings.py" line="258"/>
        <source>Cursor has not saved its AI settings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/settings.py" line="266"/>
        <source>they are not stored as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="65"/>
        <source>another program holds them locked (often Cursor still closing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="67"/>
        <source>the settings file is damaged or is not a settings database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="69"/>
        <source>the settings file could not be opened (check that you can read it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="70"/>
        <source>the settings file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="80"/>
        <location filename="../../app/core/files.py" line="55"/>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="80"/>
        <source>a special file (such as a named pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="83"/>
        <source>{path} is {kind}, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="92"/>
        <source>no {table} table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="95"/>
        <source>{table} has other columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="108"/>
        <source>the settings row holds {kind}, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="111"/>
        <source>the settings row is far too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="173"/>
        <source>Could not change Cursor&apos;s settings: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="193"/>
        <source>Cursor&apos;s settings file could not be opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/statedb.py" line="213"/>
        <source>Cursor&apos;s settings could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="120"/>
        <source>{time:%H:%M} UTC (just now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="122"/>
        <source>{time:%H:%M} UTC (1 minute ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="124"/>
        <source>{time:%H:%M} UTC ({minutes} minutes ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="134"/>
        <source>The key Cursor uses is disabled at the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="136"/>
        <source>Create a new key at {keys}, check it here, and paste it into API Key in Cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="144"/>
        <source>The key has reached its spending limit for this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="146"/>
        <source>Raise the key&apos;s spending limit at {keys} or top up at {billing}, then try Cursor again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="155"/>
        <source>The account has run out of credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="156"/>
        <source>Top up the credits at {billing}, then try Cursor again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="162"/>
        <source>The key is not allowed to chat with models (its scopes leave chat out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="163"/>
        <source>Give the key the chat scope at {keys}, or create a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="180"/>
        <source>Cursor&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="184"/>
        <source>Run the checks here: they send the same kinds of request as Cursor and say why one fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="190"/>
        <source>The log does not say why; the service has seen no successful request to {deployment} in the last minutes either, so the model itself may be having trouble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="199"/>
        <source>The log does not say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="226"/>
        <source>The Azure OpenAI switch is off, so Cursor does not use the Azure section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="227"/>
        <source>The Azure OpenAI switch may be off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="230"/>
        <source>In Cursor Settings -&gt; Models, press Verify in the Azure OpenAI section and switch it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="237"/>
        <source>Cursor&apos;s Base URL or Deployment Name differ from the ones checked here, so its requests go elsewhere or to another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="240"/>
        <source>Cursor&apos;s Base URL or Deployment Name may differ from the ones checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="241"/>
        <source>Cursor&apos;s Base URL and Deployment Name are the ones checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="243"/>
        <source>Press Apply to Cursor (with Cursor closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="249"/>
        <source>The Override OpenAI Base URL route is on and may take Cursor&apos;s requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="250"/>
        <source>The Override OpenAI Base URL route may be on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="253"/>
        <source>In Cursor Settings -&gt; Models, switch off the OpenAI API Key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="265"/>
        <source>{alias} is not switched on in Cursor, so it cannot be picked in the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="267"/>
        <source>Press Apply to Cursor, then pick it in the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="277"/>
        <source>{alias} is the model chosen in Cursor ({modes}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="286"/>
        <source>{alias} may not be the model picked in Cursor&apos;s chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="288"/>
        <source>In Cursor&apos;s chat, pick {alias} in the model menu under the message box, then send a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="301"/>
        <source>Paste your key into API Key in Cursor (Copy button here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="310"/>
        <source>Cursor may use another key than the one here (the log shows each key&apos;s own requests only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="313"/>
        <source>Paste the key from here into API Key in Cursor again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="320"/>
        <source>Cursor&apos;s own plan or limits may have stopped the request before it left Cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="321"/>
        <source>Check Cursor&apos;s account page (cursor.com/settings) for plan limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="353"/>
        <source>Could not read the service&apos;s request log: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="391"/>
        <source>Send one message in Cursor&apos;s chat with {alias} picked, wait a minute, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="397"/>
        <source>No request from Cursor for {deployment} reached the service in {period}. {account} The service refuses the key&apos;s requests then, and refused requests may not show in its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="405"/>
        <source>No request from Cursor for {deployment} reached the service in {period}, so Cursor did not send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="427"/>
        <source>, the latest at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="429"/>
        <source> ({count} failed before it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="435"/>
        <source>Cursor&apos;s requests arrive and succeed: {count} in {period}{when}{earlier}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="448"/>
        <source>Cursor&apos;s requests arrive but fail: {failed} of {total} in {period}{when}. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="472"/>
        <source>Press Apply to Cursor (with Cursor closed), then pick the model in the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="481"/>
        <source>the last 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="483"/>
        <source>the last {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="486"/>
        <source>the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="489"/>
        <source>the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="489"/>
        <source>the last {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/cursor/traffic.py" line="490"/>
        <source>the last {hours} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="32"/>
        <source>Set the Base URL to exactly {url}, with nothing after it (no /openai, no /v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="34"/>
        <source>Try again; slow models can need longer, so raise the time limit or pick a faster model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="44"/>
        <source>Pick another model from the list (for example {example}) and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="58"/>
        <location filename="../../app/core/diagnosis.py" line="60"/>
        <source>the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="172"/>
        <source>Try again. If it repeats, something on the network (a proxy or security software) may be changing the traffic: try another network or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="210"/>
        <source>Open a web browser and sign in to the network if it asks (hotel or guest Wi-Fi), then check again; on a company network ask IT to let this computer reach {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="216"/>
        <source>Set the Base URL to exactly {url}, with nothing after it (no /openai, no /v1). If it already is, open a web browser and sign in to the network if it asks, or ask IT to let this computer reach {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="225"/>
        <source>A web page came back instead of the service&apos;s answer, so something between this computer and {host} (a Wi-Fi sign-in page or a company proxy) is in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="237"/>
        <location filename="../../app/core/diagnosis.py" line="239"/>
        <source>another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="244"/>
        <source>The request was redirected to {target} instead of reaching the service, so the key was not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="249"/>
        <source>Open a web browser and sign in to the network if it asks (hotel or guest Wi-Fi); on a company network ask IT to let this computer reach {host} directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="258"/>
        <source>The Base URL sends requests on to {target}, so the key was not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="285"/>
        <source>The service&apos;s answer could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="304"/>
        <source>this deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="317"/>
        <source>Your company&apos;s proxy asked for a sign-in before letting the request out to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="319"/>
        <source>Ask IT to let this computer reach {host} through the proxy (or give you the proxy settings to use), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="340"/>
        <source>The service rejected the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="342"/>
        <source>Copy the key again from {keys} (the whole key, with no spaces or line breaks), paste it here and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="357"/>
        <source>The service did not accept the request this tool made for {what}: that is a fault in this tool, not in your setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="362"/>
        <source>Try again; if it keeps happening, update Cursor Azure Setup or send the diagnostic report to IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="380"/>
        <source>“{model}” is a reasoning model that refuses the answer-length limit (max_tokens) Cursor sends, so Cursor&apos;s Verify will fail for this model even with a good key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="384"/>
        <source>Use a different model as the Deployment Name. {pick}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="390"/>
        <source>“{model}” does not accept the instructions Cursor sends with every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="398"/>
        <source>“{model}” refused the settings of the request Cursor would send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="410"/>
        <source>This key has used up its free-tier allowance for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="412"/>
        <source>Wait {when} and check again, or top up at {billing} to lift the free-tier limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="419"/>
        <source>The service is getting too many requests from this key right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="421"/>
        <source>Wait {when} and check again; if it keeps happening, close other tools using the same key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="427"/>
        <source>The model “{model}” is under maintenance at the service right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="430"/>
        <source>The service or the model had trouble answering; this is not a problem with your setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="435"/>
        <source>Try again in a few minutes, or pick another model from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="440"/>
        <source>The service sent an empty answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="444"/>
        <source>The service&apos;s answer was damaged or not in the expected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="449"/>
        <source>The service answered with an error this tool does not recognise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="451"/>
        <source>Check that the Base URL is exactly {url} and try again. If it keeps happening, save the diagnostic report and send it to IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="467"/>
        <source>a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="469"/>
        <source>more than an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="472"/>
        <source>about 1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="474"/>
        <source>about {seconds} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="475"/>
        <source>about {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="482"/>
        <source>The Base URL does not lead to the AI/ML API service ({host} has no such page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="492"/>
        <source>The account behind this API key has run out of credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="494"/>
        <source>Top up the balance at {billing} (or ask whoever manages the account), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="503"/>
        <source>This API key has reached the spending limit set on it, so the service refuses its requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="505"/>
        <source>Raise the key&apos;s limit at {keys} (or ask whoever manages the account), or use another key, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="526"/>
        <source>The service refused this API key: it says the key is not valid or is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="527"/>
        <source>Create a new key at {keys}, paste it here and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="532"/>
        <source>The service says this API key is not allowed to do this (the key&apos;s permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="534"/>
        <source>Give the key access to chat models at {keys}, or create a key that has it, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="542"/>
        <source>The service refused the request because of the account: usually it has run out of credits or the key has reached its spending limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="546"/>
        <source>Check the balance at {billing} and the key&apos;s spending limit at {keys}, top up or raise the limit, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="558"/>
        <source>The service has no model called “{model}”, so this Deployment Name will not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="561"/>
        <source>The Deployment Name must be a model id exactly as the list shows it (for example google/gemini-2.5-pro): pick one from the list and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="570"/>
        <source>The service did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="43"/>
        <source>The answer stopped before it was complete: the connection was cut in the middle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="45"/>
        <source>Try again. If it keeps happening, a proxy or firewall may be cutting long answers: ask IT to allow streaming from {host}, or try another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="59"/>
        <location filename="../../app/core/diagnosis_network.py" line="61"/>
        <source>of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="64"/>
        <source>Something unexpected went wrong while talking to the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="92"/>
        <source>This computer&apos;s proxy setting ({name}) names a {scheme} proxy, which this tool does not support: it works through http:// and https:// proxies only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="98"/>
        <source>Ask IT for the address of an HTTP proxy to use instead (set it in HTTPS_PROXY), or remove {name} if this computer reaches the internet without a proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="107"/>
        <source>This computer&apos;s proxy setting is not a valid address, so no connection can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="109"/>
        <source>Ask IT to correct the proxy setting ({name}) on this computer, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="118"/>
        <source>This computer&apos;s certificate setting points to a file that cannot be used, so no secure connection can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="122"/>
        <source>Ask IT to correct or remove the {name} setting (or to install the company certificate in the operating system&apos;s certificate store instead), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="128"/>
        <source>The connection could not be prepared on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="165"/>
        <source>The Base URL uses plain http://, which is allowed only for this computer, but {host} is at {address}, another computer, so nothing was sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="170"/>
        <source>Use the https:// address of the service, such as {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="186"/>
        <source>The proxy {proxy} closed the connection before {host} could answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="191"/>
        <source>Ask IT to check that the proxy lets this computer reach {host} (a proxy often closes connections to addresses it blocks), or try another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="206"/>
        <source>The security certificate of {host} looks expired, so the connection was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="210"/>
        <source>Check that this computer&apos;s date and time are right; if they are, a company proxy may be inspecting secure connections: ask IT to install the company certificate in the operating system&apos;s certificate store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="218"/>
        <source>The secure connection to {host} could not be verified; on company networks this is usually a proxy that inspects encrypted traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="223"/>
        <source>Ask IT to install the company proxy&apos;s root certificate in this computer&apos;s certificate store (the operating system&apos;s, not only the browser&apos;s), then check again. Checking is never switched off, to keep the key safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="234"/>
        <source>The connection to {host} opened, but the secure connection was not set up within the time limit; a company proxy or security software may be holding encrypted traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="239"/>
        <source>Try another network, or ask IT to let this computer reach {official} without inspecting its encrypted traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="248"/>
        <source>The secure connection to {host} failed; a company proxy or security software may be interfering with encrypted traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="253"/>
        <source>Try another network, or ask IT to let this computer reach {official} (and to install the company proxy&apos;s certificate in the operating system&apos;s certificate store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="261"/>
        <source>The proxy between this computer and the internet refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="263"/>
        <source>Ask IT to check this computer&apos;s proxy settings and to allow {official} through the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="270"/>
        <source>The Base URL is not a web address this tool can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="277"/>
        <source>The API key or a setting contains characters that cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="279"/>
        <location filename="../../app/core/service.py" line="84"/>
        <source>Copy the key again from {keys}, with no spaces or line breaks, and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="298"/>
        <source>This computer could not find {host} on the internet (the name lookup failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="300"/>
        <source>Check the Base URL for typos (it should be {url}) and that you are online; on a company network ask IT whether {host} is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="308"/>
        <source>Start the simulator again (or the demo), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="311"/>
        <source>Check the Base URL (it should be {url}) and ask IT whether a firewall blocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="315"/>
        <source>{host} refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="320"/>
        <source>This computer&apos;s name service did not say where {host} is in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="322"/>
        <source>Check your internet connection and try again; if it keeps happening, ask IT whether this computer&apos;s DNS works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="329"/>
        <source>Connecting to {host} took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="331"/>
        <source>Check your internet connection; on a company network ask IT whether a firewall blocks {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="341"/>
        <source>The service did not send the answer piece by piece as Cursor expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="343"/>
        <source>Check that the Base URL is exactly {url}; if it is, a proxy may be buffering answers: ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="362"/>
        <source>The server at {host} answered with something that is not a valid web answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="365"/>
        <source>Check that the Base URL is exactly {url}; if it is, a proxy or security software may be interfering: ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="374"/>
        <source>This computer could not connect to {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="376"/>
        <source>Check that you are online and that the Base URL is {url}; on a company network ask IT whether it is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnostics.py" line="223"/>
        <source>{path} is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnostics.py" line="224"/>
        <source>Give a file name such as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnostics.py" line="228"/>
        <source>{path} is {what}, not a regular file, so no report was written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnostics.py" line="232"/>
        <source>Give the name of a new file or of a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnostics.py" line="236"/>
        <source>The folder {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnostics.py" line="237"/>
        <source>Choose another place to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnostics.py" line="242"/>
        <source>The diagnostic report could not be saved to {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="81"/>
        <source>{path}, line {line}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="83"/>
        <source>{path}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="92"/>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="92"/>
        <source>Run the checks again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="121"/>
        <source>Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="129"/>
        <source>The key could not be read from or saved to the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="131"/>
        <source>Try again; if it keeps failing, set the {variable} environment variable instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="149"/>
        <source>No keyring is available on this computer, so the key cannot be saved: it works for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="156"/>
        <source>Make sure Windows Credential Manager is working (it is part of Windows), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="160"/>
        <source>Make sure your login Keychain exists and is unlocked (Keychain Access app), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="163"/>
        <source>Use a desktop session with a keyring (GNOME Keyring or KDE Wallet; on Debian or Ubuntu: sudo apt install gnome-keyring, then log out and in). On WSL or a server without one, set the {variable} environment variable each time instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="174"/>
        <source>The keyring is locked, or access to it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="176"/>
        <source>Unlock your keyring (log in to your desktop session, or open your password manager and unlock it), allow access when asked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="187"/>
        <source>The keyring did not answer within about 3 seconds, so the key was neither read nor saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="190"/>
        <source>The keyring service may be stuck: log out and back in (or restart the computer), then try again. Meanwhile you can set the {variable} environment variable for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="199"/>
        <source>The keyring refused to store the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="201"/>
        <source>Check that your keyring is unlocked and not full or read-only, then try again; until then the key works for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="44"/>
        <source>Open Cursor, then open Cursor Settings: press Ctrl+Shift+J (Cmd+Shift+J on a Mac).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="45"/>
        <source>Click Models in the list on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="46"/>
        <source>Find the Azure OpenAI section (not the OpenAI API Key one) and turn its switch on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="47"/>
        <source>Paste the Base URL, the Deployment Name and your API Key into the fields with the same names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="48"/>
        <source>Press Verify (some versions of Cursor say Save). Wait until Cursor accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="49"/>
        <source>Still under Models, add a custom model: type the Model alias exactly as shown and add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="50"/>
        <source>Turn on only that custom model, then choose it in the chat&apos;s model menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="57"/>
        <source>Turn the Azure OpenAI switch off and on again, then press Verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="58"/>
        <source>Changing any of the three fields turns Azure off: press Verify again after every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="59"/>
        <source>Restart Cursor: quit it completely, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="61"/>
        <source>Keep only the one custom model turned on. The Deployment Name decides which model answers, whatever the custom model is called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="65"/>
        <source>If Cursor says the model &quot;is already available&quot;, pick a different Model alias: Cursor does not accept the names of its own models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="69"/>
        <source>Models whose names start with o1, o3 or o4 fail Cursor&apos;s Verify even with a good key: choose another deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/export.py" line="72"/>
        <source>Run the checks in this app again: they say exactly what is wrong and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/files.py" line="48"/>
        <source>{what}, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/files.py" line="57"/>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/files.py" line="59"/>
        <source>a pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/files.py" line="61"/>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/files.py" line="62"/>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/files.py" line="101"/>
        <source>a link to something that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/files.py" line="103"/>
        <source>a link that cannot be followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/files.py" line="104"/>
        <source>a link to {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/files.py" line="117"/>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/files.py" line="166"/>
        <source>the home folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/keystore.py" line="153"/>
        <source>The keyring could not be opened, so the key cannot be saved: it works for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/keystore.py" line="160"/>
        <source>The key could not be read from the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/keystore.py" line="162"/>
        <source>Unlock your keyring and try again; meanwhile set the {variable} environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/keystore.py" line="244"/>
        <source>The keyring accepted the key but did not keep it: it works for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/keystore.py" line="285"/>
        <source>The keyring would not delete the saved key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/keystore.py" line="287"/>
        <source>Open your keyring app (Passwords and Keys, Keychain Access or Credential Manager) and delete the entry &apos;{entry}&apos; yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/keystore.py" line="300"/>
        <location filename="../../app/core/keystore.py" line="342"/>
        <source>not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/keystore.py" line="317"/>
        <source>An API key is saved in the keyring ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/keystore.py" line="320"/>
        <source>No API key is saved yet; the keyring ({name}) is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/keystore.py" line="325"/>
        <source>{message} {fix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/model.py" line="40"/>
        <source>The service answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/model.py" line="41"/>
        <source>Your key and credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/model.py" line="42"/>
        <source>Cursor&apos;s Verify button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/model.py" line="43"/>
        <source>A chat answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/model.py" line="44"/>
        <source>Answers word by word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/model.py" line="45"/>
        <source>Tools for Cursor&apos;s agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="231"/>
        <source>the preset file {what}. Check the path given with {option}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="250"/>
        <source>the {variable} environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="310"/>
        <source>{seconds:g} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="319"/>
        <source>{said} conflicts with {preset}, which locks {name} to {value}; remove it or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="345"/>
        <source>allows none of the deployments {preset} allows ({deployments}); remove its allowed_deployments or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="386"/>
        <source>the {name} {value} that {path} sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="397"/>
        <source>{option} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="399"/>
        <source>the {name} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="426"/>
        <source>Your saved {name} was replaced by the one your IT team set ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="469"/>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="471"/>
        <source>set by {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="475"/>
        <source>The deployment {name} ({what}) is not one that {preset} allows; allowed: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="489"/>
        <source>Your saved deployment {name} is not one your IT team allows; using {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="138"/>
        <source>the system preset {path} ({org})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="139"/>
        <source>the preset {path} ({org})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="141"/>
        <source>the system preset {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="142"/>
        <source>the preset {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="167"/>
        <source>the preset file {what}. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="177"/>
        <source>is {what}, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="177"/>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="227"/>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="228"/>
        <location filename="../../app/core/presets.py" line="229"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="230"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="231"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="232"/>
        <source>a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="245"/>
        <location filename="../../app/core/presets.py" line="255"/>
        <source>{name}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="263"/>
        <source>unknown table. Use only {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="267"/>
        <source>unknown key outside any table. Put settings under {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="273"/>
        <source>must be a table ([{table}]), not {type}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="282"/>
        <source>unknown key. Keys allowed in [{table}]: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="294"/>
        <source>must be text in quotes, like key = &quot;value&quot;, not {type}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="297"/>
        <source>is empty. Give a value or delete the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="324"/>
        <source>give only the address (e.g. &quot;{url}&quot;) and put {found} in deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="349"/>
        <source>must be a web address starting with https://, like &quot;https://intranet.example/cursor&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="361"/>
        <source>must be a list, like [&quot;google/gemini-2.5-pro&quot;], not {type}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="367"/>
        <source>is an empty list. List at least one deployment or delete the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="375"/>
        <source>every entry must be text in quotes, not {type}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="394"/>
        <source>must be a number of seconds, like 30, not {type}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="409"/>
        <source>must be a list, like [&quot;base_url&quot;, &quot;deployment&quot;], not {type}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="418"/>
        <source>cannot lock {item}. Fields that can be locked: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="436"/>
        <source>the file is {size} KB; a preset is a few lines. Check it is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="449"/>
        <source>cannot read the preset file ({reason}). Check that it exists and can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="454"/>
        <source>the file is over 1 MB; a preset is a few lines. Check it is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="464"/>
        <source>the file is not UTF-8 text (in {key}). Save it as UTF-8 (in Notepad: Save as, Encoding UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="469"/>
        <source>the file is not UTF-8 text. Save it as UTF-8 (in Notepad: Save as, Encoding UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="484"/>
        <source>values are nested far too deeply to be a preset (a preset is a few lines). Check it is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="505"/>
        <source>{deployment} is not in allowed_deployments. Add it there or pick one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="549"/>
        <source>locks deployment but [cursor] sets none. Set deployment, or stop locking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="598"/>
        <source>the deployment {deployment} is not in the allowed_deployments of {path}. Add it there or pick one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="628"/>
        <source>not valid TOML near {key} ({reason}). Check the quotes, brackets and = signs on that line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="634"/>
        <source>not valid TOML ({reason}). Check the quotes, brackets and = signs on that line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="110"/>
        <source>“{period}” is not a period: give a whole number of hours or days, such as 1h or 7d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="170"/>
        <source>Cursor&apos;s Verify request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="182"/>
        <source>the chat request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="194"/>
        <source>the streamed chat request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="201"/>
        <source>the tool-calling request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="238"/>
        <source>the model list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="262"/>
        <location filename="../../app/core/service.py" line="276"/>
        <source>the balance request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="270"/>
        <location filename="../../app/core/service.py" line="280"/>
        <source>The balance from the service was not in the expected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="306"/>
        <source>the request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="313"/>
        <source>the key&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="324"/>
        <source>the model&apos;s health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="330"/>
        <source>the key&apos;s spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="334"/>
        <source>the reachability check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="360"/>
        <source>The API key contains characters that cannot be sent (such as line breaks or accents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="398"/>
        <source>The service&apos;s answer to {what} was not in the expected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="414"/>
        <source>The service&apos;s answer had no message in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="491"/>
        <source>The service sent the whole answer at once instead of piece by piece, which Cursor needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/service.py" line="516"/>
        <source>A piece of the streamed answer was damaged (not valid data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="76"/>
        <source>it is too large ({size:,} bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="80"/>
        <source>it is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="86"/>
        <source>it is not valid JSON (line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="86"/>
        <source>it is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="90"/>
        <source>it does not hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="97"/>
        <source>&apos;{name}&apos; has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="117"/>
        <source>Your saved settings in {path} could not be read ({reason}) and could not be moved aside, so defaults are used and that file will not be changed. Move or delete it yourself to save settings again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="134"/>
        <source>Your saved settings could not be read ({reason}), so defaults are used. The old file was kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="147"/>
        <source>Your saved settings in {path} could not be opened ({reason}); defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="169"/>
        <source>{path} is a folder, not a file; settings cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="185"/>
        <source>{path} contains &apos;{name}&apos;, which was ignored: keys belong in the keyring only. Delete that line from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="197"/>
        <source>Setting names must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="201"/>
        <source>Refused to save &apos;{name}&apos; in the settings file: the API key is kept in the keyring only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="204"/>
        <source>Save the key with the keyring instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="209"/>
        <source>Refused to save the settings: one of the values is the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="210"/>
        <source>Put the key only in the API key field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="220"/>
        <source>Settings must be a mapping of names to values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="225"/>
        <source>The settings could not be saved: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="233"/>
        <source>Settings were not saved: {path} could not be read and could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="236"/>
        <source>Move or delete that file, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="244"/>
        <source>The settings could not be saved to {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/settings_store.py" line="248"/>
        <source>Check that the folder is writable and the disk is not full, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/transport.py" line="204"/>
        <source>The streamed answer was far larger than any real answer, so it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/transport.py" line="206"/>
        <source>The answer was far larger than any real answer, so it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/transport.py" line="215"/>
        <source>The streamed answer did not finish within the time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/transport.py" line="235"/>
        <source>The service did not finish its answer within the time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/transport.py" line="532"/>
        <source>The connection is not ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
