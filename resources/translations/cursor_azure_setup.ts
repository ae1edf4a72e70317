<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>ChatSection</name>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="39"/>
        <source>Try a chat (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="40"/>
        <source>Ask the model something, the way Cursor will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="41"/>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="42"/>
        <source>Give me a one-line Python function to merge two dicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="43"/>
        <source>Chat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="45"/>
        <source>Se&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="46"/>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="49"/>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="50"/>
        <source>Stop the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="55"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="56"/>
        <source>The answer appears here, word by word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="61"/>
        <source>Answer timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="95"/>
        <source>Waiting for the first words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="124"/>
        <source>First words after %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="150"/>
        <source>First words after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="152"/>
        <source>finished in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="162"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="169"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="172"/>
        <source>The chat didn&apos;t work. Press Verify in step 3 to find out why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="335"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="336"/>
        <source>Copied ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopySection</name>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="43"/>
        <source>Copy the values into Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="45"/>
        <source>Whether these values were checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="54"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="54"/>
        <source>Copy Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="55"/>
        <source>Deployment Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="55"/>
        <source>Copy Deployment Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="56"/>
        <source>API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="56"/>
        <source>Copy API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="57"/>
        <source>Model alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="57"/>
        <source>Copy Model alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="64"/>
        <source>%1 for Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="75"/>
        <source>The key is hidden here. Its Copy button copies the real key; it leaves the clipboard once you paste it, or after 2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="80"/>
        <location filename="../../app/ui/sections/copy.py" line="81"/>
        <source>Copy all but the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="83"/>
        <source>&amp;Save a page for your team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="84"/>
        <source>Save a page for your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="86"/>
        <source>A page with these values and the steps, for your team&apos;s wiki (Markdown). Never the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="89"/>
        <location filename="../../app/ui/sections/copy.py" line="90"/>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="92"/>
        <source>A command for IT that sends the same test (the key stays a placeholder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="97"/>
        <source>Then, in Cursor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="102"/>
        <source>Steps in Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="103"/>
        <source>If Cursor still says no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="104"/>
        <source>Troubleshooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="151"/>
        <source>Paste your key in step 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="164"/>
        <source>Checked: these values work. Copy each one into Cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="168"/>
        <source>Not working yet: fix what step 3 says first. You can still copy the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="173"/>
        <source>Not checked yet: press Verify in step 3 first. You can still copy the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="178"/>
        <source>Checking these values in step 3… You can already copy them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="194"/>
        <source>Copied Base URL, Deployment Name and Model alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/copy.py" line="202"/>
        <source>Key copied. The clipboard will be emptied in %1 seconds, or once you paste it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/ui/errors.py" line="37"/>
        <source>Something went wrong inside the app. What you typed is still there, and you can carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="42"/>
        <source>If it keeps happening, send this file to your IT team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="45"/>
        <source>If it keeps happening, use Help &gt; Save a report for IT and send the file to your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="52"/>
        <location filename="../../app/ui/errors.py" line="59"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySection</name>
    <message>
        <location filename="../../app/ui/sections/key.py" line="34"/>
        <source>Your API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="36"/>
        <source>Paste the key from your AI/ML API account. It stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="39"/>
        <source>API &amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="42"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="43"/>
        <source>Paste your key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="46"/>
        <location filename="../../app/ui/sections/key.py" line="122"/>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="48"/>
        <location filename="../../app/ui/sections/key.py" line="123"/>
        <source>Show key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="51"/>
        <source>Where do I get a key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="55"/>
        <source>&amp;Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="56"/>
        <source>Remember the key on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="58"/>
        <source>For&amp;get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="59"/>
        <source>Forget the key on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="61"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="204"/>
        <source>The key can&apos;t be remembered here (%1 is not available). It still works until you close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="214"/>
        <source>Couldn&apos;t open %1, so a saved key (if any) was not loaded. Paste the key to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="223"/>
        <source>Key loaded from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="234"/>
        <source>Can&apos;t use %1 right now, so the key won&apos;t be remembered. It still works now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="257"/>
        <source>Saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="279"/>
        <source>Removed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="295"/>
        <source>Not available: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="62"/>
        <source>Keyring status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="122"/>
        <source>H&amp;ide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="123"/>
        <source>Hide key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="226"/>
        <source>A key is saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="228"/>
        <source>Not saved on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="244"/>
        <source>Paste a key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="247"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="261"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="281"/>
        <source>There was no saved key to remove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main.py" line="135"/>
        <source>The organisation settings could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="138"/>
        <source>The window opens without them. Tell your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="79"/>
        <location filename="../../app/ui/window.py" line="103"/>
        <source>Cursor Azure Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="106"/>
        <source>Connects Cursor to AI/ML API in about two minutes: follow the steps top to bottom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="119"/>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="121"/>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="156"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="157"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="158"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="159"/>
        <source>Copy into Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="160"/>
        <source>Try a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="192"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="193"/>
        <source>&amp;Save a page for your team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="197"/>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="200"/>
        <source>Save a &amp;report for IT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="204"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="209"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="210"/>
        <source>&amp;Where do I get a key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="213"/>
        <source>Help from your &amp;IT team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="218"/>
        <source>&amp;About Cursor Azure Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="240"/>
        <source>The key was removed from the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="302"/>
        <source>Demo mode: a built-in test server on this computer stands in for AI/ML API, with a demo key already filled in. Nothing is sent over the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="307"/>
        <source>Demo mode: the demo key is not saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="343"/>
        <source>your IT team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="344"/>
        <source>Set up for %1. Some values were chosen by your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="350"/>
        <source>Help from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="354"/>
        <source>Cursor Azure Setup – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="430"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="434"/>
        <source>Checking… you can keep editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="436"/>
        <source>Next: paste your API key (step 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="438"/>
        <source>Next: choose a model (step 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="441"/>
        <source>Next: fix what step 3 says, then press Verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="443"/>
        <source>Next: press Verify (step 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="445"/>
        <source>Next: copy the values into Cursor (step 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="447"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="448"/>
        <source>Deployment Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="449"/>
        <source>API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="453"/>
        <source>Still to copy: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="455"/>
        <source>All set. Optional: try a chat (step 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="530"/>
        <source>Tip: press Remember on this computer so you don&apos;t have to paste the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="571"/>
        <source>Save a page for your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="573"/>
        <source>Markdown page (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="585"/>
        <location filename="../../app/ui/window.py" line="631"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="586"/>
        <source>The page could not be saved there (%1). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="591"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="600"/>
        <source>Copied a curl command. It uses $AIMLAPI_API_KEY instead of your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="609"/>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="609"/>
        <source>This version can&apos;t save a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="616"/>
        <source>Save a report for IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="618"/>
        <source>Report (*.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="631"/>
        <source>The report could not be saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="634"/>
        <source>Report saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="644"/>
        <source>About Cursor Azure Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="648"/>
        <source>&lt;h3&gt;Cursor Azure Setup %1&lt;/h3&gt;&lt;p&gt;Connects Cursor&apos;s Azure OpenAI settings to AI/ML API, checks them, and explains any problem in plain words.&lt;/p&gt;&lt;p&gt;Your key is kept only in %3.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt for Python %2&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="668"/>
        <source>Third-party licences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelSection</name>
    <message>
        <location filename="../../app/ui/sections/model.py" line="51"/>
        <source>Choose the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="53"/>
        <source>Cursor sends every request to this model. The default works well for coding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="57"/>
        <source>&amp;Deployment Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="61"/>
        <location filename="../../app/ui/sections/model.py" line="62"/>
        <source>Deployment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="77"/>
        <location filename="../../app/ui/sections/model.py" line="261"/>
        <source>Loading the list of models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="78"/>
        <source>Model list status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="79"/>
        <source>Reload list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="80"/>
        <source>Reload the list of models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="84"/>
        <source>Values set by your IT team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="88"/>
        <source>Model &amp;alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="90"/>
        <location filename="../../app/ui/sections/model.py" line="241"/>
        <source>Model alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="94"/>
        <source>The name you will add in Cursor&apos;s list of models. Any name that isn&apos;t one of Cursor&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="101"/>
        <source>Advanc&amp;ed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="102"/>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="103"/>
        <source>&amp;Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="105"/>
        <location filename="../../app/ui/sections/model.py" line="239"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="108"/>
        <source>&amp;Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="113"/>
        <source>Time limit for each request, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="240"/>
        <source>Deployment Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="242"/>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="112"/>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="116"/>
        <source>Where the key is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="218"/>
        <source>Your IT team (%1) chose which models you can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="220"/>
        <source>Your IT team chose which models you can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="224"/>
        <source>Your IT team (%1) set this. Ask them if it needs to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="226"/>
        <source>Your IT team set this. Ask them if it needs to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="246"/>
        <source>Set by your IT team: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="293"/>
        <source>%1 models allowed by your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="298"/>
        <source>%1 models available. Type to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="306"/>
        <source>Offline: showing the list saved last time (%1 models). Type to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="308"/>
        <source>Offline: showing the list saved on %2 (%1 models). Type to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="318"/>
        <source>Couldn&apos;t load the list of models. Type the model&apos;s name, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="356"/>
        <source>This name isn&apos;t in the list of models. Check the spelling, or pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="394"/>
        <source>Leave it empty to use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="445"/>
        <source>Your key will be sent to %1, a test server on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="452"/>
        <source>Your key will be sent to %1, which is not AI/ML API. Continue only if your IT team gave you this address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepButton</name>
    <message>
        <location filename="../../app/ui/nav.py" line="41"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/nav.py" line="41"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/nav.py" line="41"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="77"/>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="52"/>
        <source>your Mac&apos;s Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="54"/>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="55"/>
        <source>this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="60"/>
        <source>The service answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="61"/>
        <source>Your key and credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="62"/>
        <source>Cursor&apos;s Verify button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="63"/>
        <source>A chat answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="64"/>
        <source>Answers that appear word by word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="65"/>
        <source>Agent tools (used by Cursor&apos;s agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="72"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="73"/>
        <source>Works, with a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="74"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="75"/>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="76"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="77"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="78"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifySection</name>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="123"/>
        <source>Check that it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="126"/>
        <source>Sends the same test Cursor sends, then a short chat. Takes a few seconds. You can keep editing while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="131"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="132"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="135"/>
        <source>Run the checks (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="141"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="142"/>
        <source>Cancel the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="145"/>
        <source>Save a report for IT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="146"/>
        <source>Save diagnostic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="149"/>
        <source>A file for your IT team: versions, system, proxy settings and these results. Never the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="157"/>
        <source>Result of the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="210"/>
        <source>Checking… this usually takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="213"/>
        <source>&amp;Verify again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="237"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="269"/>
        <source>Took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="271"/>
        <source>Stopped. Press Verify to run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="277"/>
        <source>Go to step 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="280"/>
        <source>Not working yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="282"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="287"/>
        <source>It works, with a warning below. Next: copy the values into Cursor (step 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="293"/>
        <source>Everything works. Next: copy the values into Cursor (step 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="302"/>
        <source>Go to the key (step 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="304"/>
        <source>Choose another model (step 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="306"/>
        <source>Check the address (Advanced, step 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="318"/>
        <source>The checks could not run. Try again; if it keeps happening, save a report for IT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
