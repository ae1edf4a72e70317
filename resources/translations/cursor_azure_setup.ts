<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>ChatSection</name>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="46"/>
        <source>Try a chat (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="47"/>
        <source>Ask the model something, the way Cursor will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="48"/>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="49"/>
        <source>Give me a one-line Python function to merge two dicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="50"/>
        <source>Chat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="52"/>
        <source>Se&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="53"/>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="56"/>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="57"/>
        <source>Stop the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="62"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="63"/>
        <source>The answer appears here, word by word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="68"/>
        <source>Answer timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="102"/>
        <source>Waiting for the first words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="135"/>
        <source>First words after %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="161"/>
        <source>First words after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="163"/>
        <source>finished in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="173"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="179"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/chat.py" line="182"/>
        <source>The chat didn&apos;t work. Press Verify in step 3 to find out why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="336"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="337"/>
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
        <location filename="../../app/ui/sections/key.py" line="39"/>
        <source>Your API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="41"/>
        <source>Paste the key from your AI/ML API account. It stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="44"/>
        <source>API &amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="47"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="48"/>
        <source>Paste your key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="51"/>
        <location filename="../../app/ui/sections/key.py" line="128"/>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="53"/>
        <location filename="../../app/ui/sections/key.py" line="129"/>
        <source>Show key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="56"/>
        <source>Where do I get a key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="60"/>
        <source>&amp;Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="61"/>
        <source>Remember the key on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="63"/>
        <source>For&amp;get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="64"/>
        <source>Forget the key on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="66"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="210"/>
        <source>The key can&apos;t be remembered here (%1 is not available). It still works until you close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="220"/>
        <source>Couldn&apos;t open %1, so a saved key (if any) was not loaded. Paste the key to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="228"/>
        <source>Key loaded from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="239"/>
        <source>Can&apos;t use %1 right now, so the key won&apos;t be remembered. It still works now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="262"/>
        <source>Saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="284"/>
        <source>Removed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="300"/>
        <source>Not available: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="311"/>
        <source>The keyring could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="67"/>
        <source>Keyring status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="128"/>
        <source>H&amp;ide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="129"/>
        <source>Hide key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="231"/>
        <source>A key is saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="233"/>
        <source>Not saved on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="249"/>
        <source>Paste a key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="252"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="266"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/key.py" line="286"/>
        <source>There was no saved key to remove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/window.py" line="85"/>
        <location filename="../../app/ui/window.py" line="109"/>
        <source>Cursor Azure Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="112"/>
        <source>Connects Cursor to AI/ML API in about two minutes: follow the steps top to bottom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="125"/>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="127"/>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="162"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="163"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="164"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="165"/>
        <source>Copy into Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="166"/>
        <source>Try a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="198"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="199"/>
        <source>&amp;Save a page for your team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="203"/>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="206"/>
        <source>Save a &amp;report for IT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="210"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="215"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="216"/>
        <source>&amp;Where do I get a key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="219"/>
        <source>Help from your &amp;IT team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="224"/>
        <source>&amp;About Cursor Azure Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="246"/>
        <source>The key was removed from the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="313"/>
        <source>Demo mode: a built-in test server on this computer stands in for AI/ML API, with a demo key already filled in. Nothing is sent over the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="318"/>
        <source>Demo mode: the demo key is not saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="369"/>
        <source>your IT team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="370"/>
        <source>Set up for %1. Some values were chosen by your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="376"/>
        <source>Help from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="380"/>
        <source>Cursor Azure Setup – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="456"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="460"/>
        <source>Checking… you can keep editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="462"/>
        <source>Next: paste your API key (step 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="464"/>
        <source>Next: choose a model (step 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="467"/>
        <source>Next: fix what step 3 says, then press Verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="469"/>
        <source>Next: press Verify (step 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="471"/>
        <source>Next: copy the values into Cursor (step 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="473"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="474"/>
        <source>Deployment Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="475"/>
        <source>API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="479"/>
        <source>Still to copy: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="481"/>
        <source>All set. Optional: try a chat (step 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="558"/>
        <source>Tip: press Remember on this computer so you don&apos;t have to paste the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="593"/>
        <source>Save a page for your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="595"/>
        <source>Markdown page (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="606"/>
        <location filename="../../app/ui/window.py" line="647"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="607"/>
        <source>The page could not be saved there (%1). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="612"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="625"/>
        <source>Copied a curl command. It uses $AIMLAPI_API_KEY instead of your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="635"/>
        <source>Save a report for IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="637"/>
        <source>Report (*.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="647"/>
        <source>The report could not be saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window.py" line="649"/>
        <source>Report saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelSection</name>
    <message>
        <location filename="../../app/ui/sections/model.py" line="59"/>
        <source>Choose the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="61"/>
        <source>Cursor sends every request to this model. The default works well for coding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="65"/>
        <source>&amp;Deployment Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="69"/>
        <location filename="../../app/ui/sections/model.py" line="72"/>
        <source>Deployment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="87"/>
        <location filename="../../app/ui/sections/model.py" line="269"/>
        <source>Loading the list of models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="88"/>
        <source>Model list status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="89"/>
        <source>Reload list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="90"/>
        <source>Reload the list of models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="94"/>
        <source>Values set by your IT team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="98"/>
        <source>Model &amp;alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="100"/>
        <location filename="../../app/ui/sections/model.py" line="249"/>
        <source>Model alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="104"/>
        <source>The name you will add in Cursor&apos;s list of models. Any name that isn&apos;t one of Cursor&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="111"/>
        <source>Advanc&amp;ed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="112"/>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="113"/>
        <source>&amp;Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="115"/>
        <location filename="../../app/ui/sections/model.py" line="247"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="118"/>
        <source>&amp;Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="123"/>
        <source>Time limit for each request, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="248"/>
        <source>Deployment Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="250"/>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="122"/>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="126"/>
        <source>Where the key is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="230"/>
        <source>Your IT team (%1) chose which models you can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="232"/>
        <source>Your IT team chose which models you can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="488"/>
        <source>Your IT team (%1) set this. Ask them if it needs to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="491"/>
        <source>Your IT team set this. Ask them if it needs to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="254"/>
        <source>Set by your IT team: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="306"/>
        <source>%1 models allowed by your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="311"/>
        <source>%1 models available. Type to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="319"/>
        <source>Offline: showing the list saved last time (%1 models). Type to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="321"/>
        <source>Offline: showing the list saved on %2 (%1 models). Type to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="331"/>
        <source>Couldn&apos;t load the list of models. Type the model&apos;s name, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="368"/>
        <source>This name isn&apos;t in the list of models. Check the spelling, or pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="407"/>
        <source>Leave it empty to use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="458"/>
        <source>Your key will be sent to %1, a test server on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/model.py" line="465"/>
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
        <location filename="../../app/ui/sections/verify.py" line="79"/>
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
        <location filename="../../app/ui/texts.py" line="65"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="66"/>
        <source>Works, with a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="67"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="68"/>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="69"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="70"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/texts.py" line="71"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifySection</name>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="125"/>
        <source>Check that it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="128"/>
        <source>Sends the same test Cursor sends, then a short chat. Takes a few seconds. You can keep editing while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="133"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="134"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="137"/>
        <source>Run the checks (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="143"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="144"/>
        <source>Cancel the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="147"/>
        <source>Save a report for IT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="148"/>
        <source>Save diagnostic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="151"/>
        <source>A file for your IT team: versions, system, proxy settings and these results. Never the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="159"/>
        <source>Result of the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="209"/>
        <source>Checking… this usually takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="212"/>
        <source>&amp;Verify again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="241"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="273"/>
        <source>Took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="275"/>
        <source>Stopped. Press Verify to run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="281"/>
        <source>Go to step 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="284"/>
        <source>Not working yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="286"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="291"/>
        <source>It works, with a warning below. Next: copy the values into Cursor (step 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="297"/>
        <source>Everything works. Next: copy the values into Cursor (step 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="306"/>
        <source>Go to the key (step 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="308"/>
        <source>Choose another model (step 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="310"/>
        <source>Check the address (Advanced, step 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sections/verify.py" line="321"/>
        <source>The checks could not run. Try again; if it keeps happening, save a report for IT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../app/core/catalog_format.py" line="54"/>
        <source>Type the model id yourself (for example google/gemini-2.5-pro) and check again; if it keeps happening, send the diagnostic report to IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_format.py" line="60"/>
        <source>The service&apos;s model list was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/catalog_format.py" line="67"/>
        <source>The service&apos;s model list was not in a format this tool knows, so no model could be read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="63"/>
        <source>Reached {url} in {ms} ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="107"/>
        <source>This API key is switched off at the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="109"/>
        <source>Switch it on at {keys}, or create a new key there and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="156"/>
        <source>The API key works, but the balance is low: {balance}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="157"/>
        <source>Top up soon on {billing} so Cursor does not stop mid-task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="160"/>
        <source>The API key works; balance {balance}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="186"/>
        <source>Use {model} as the Deployment Name: “{typed}” is {how}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="208"/>
        <source>The service answered Cursor&apos;s Verify request with status {status} instead of 200, and Cursor accepts only 200: it would say “Invalid credentials” even though the key works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/check_steps.py" line="213"/>
        <source>Check that the Base URL is exactly {url} (a gateway in front of the service may answer differently); if it is, send the diagnostic report to IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/checks.py" line="118"/>
        <source>The model answered, so the key works for Cursor, but the account check said: {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="167"/>
        <source>The key in {source} is UTF-16 text (what Notepad saves as “Unicode”), not UTF-8: save the file as UTF-8, or paste the key itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/config.py" line="178"/>
        <source>The key in {source} is not UTF-8 text (perhaps a file saved in another encoding): save it as UTF-8, or copy the key again from {page}.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="326"/>
        <source>Try again; if it keeps happening, update Cursor Azure Setup or send the diagnostic report to IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="371"/>
        <source>Wait {when} and check again, or top up at {billing} to lift the free-tier limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="380"/>
        <source>Wait {when} and check again; if it keeps happening, close other tools using the same key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="416"/>
        <source>a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="418"/>
        <source>about 1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="418"/>
        <source>about {seconds} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="432"/>
        <source>The account behind this API key has run out of credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="434"/>
        <source>Top up the balance at {billing} (or ask whoever manages the account), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="443"/>
        <source>This API key has reached the spending limit set on it, so the service refuses its requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="445"/>
        <source>Raise the key&apos;s limit at {keys} (or ask whoever manages the account), or use another key, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="466"/>
        <source>The service refused this API key: it says the key is not valid or is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="467"/>
        <source>Create a new key at {keys}, paste it here and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="472"/>
        <source>The service says this API key is not allowed to do this (the key&apos;s permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="474"/>
        <source>Give the key access to chat models at {keys}, or create a key that has it, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="482"/>
        <source>The service refused the request because of the account: usually it has run out of credits or the key has reached its spending limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis.py" line="486"/>
        <source>Check the balance at {billing} and the key&apos;s spending limit at {keys}, top up or raise the limit, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="119"/>
        <source>The Base URL uses plain http://, which is allowed only for this computer, but {host} is at {address}, another computer, so nothing was sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnosis_network.py" line="124"/>
        <source>Use the https:// address of the service, such as {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/diagnostics.py" line="227"/>
        <source>{path} is {what}, not a regular file, so no report was written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/preset_service.py" line="175"/>
        <source>the preset file {what}. Check the path given with {option}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/presets.py" line="162"/>
        <source>the preset file {what}. Check the path.</source>
        <translation type="unfinished"></translation>
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
