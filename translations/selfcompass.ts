<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en_GB">
<context>
    <name>AskPassphraseDialog</name>
    <message>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>{app} couldn&apos;t set itself to start when you log in.</source>
        <extracomment>{app} is the app&apos;s name, SelfCompass.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer may not allow it ({where}: {reason}). You can still start it from the menu.</source>
        <extracomment>{where} is a file or registry key; {reason} the system&apos;s own words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} couldn&apos;t stop itself starting when you log in.</source>
        <extracomment>{app} is the app&apos;s name, SelfCompass.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can remove it by hand: {where} ({reason}).</source>
        <extracomment>{where} is a file or registry key; {reason} the system&apos;s own words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>an unreadable creation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable creation dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unreadable last-changed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable last-changed dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unreadable time stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable time stamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a detail that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>details that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read ({reason}).</source>
        <extracomment>{reason} is the system&apos;s own words, such as &quot;No such file or directory&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than {size} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a shorter date range, without attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a calendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has more than {most} events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a shorter date range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is text after the end of the calendar; it was left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event (&quot;{title}&quot;) had {what}; its times were used.</source>
        <extracomment>{what} is such as &quot;an unreadable creation date&quot;; {title} the event&apos;s title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event had {what}; its times were used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} events (the first &quot;{title}&quot;) had {what}; their times were used.</source>
        <extracomment>{count} is a number; {what} such as &quot;unreadable creation dates&quot;; {title} an event&apos;s title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} events had {what}; their times were used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event &quot;{title}&quot; was left out: {reason}.</source>
        <extracomment>{title} is the event&apos;s title; {reason} why it was left out, such as &quot;its start cannot be read&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event was left out: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} events (the first &quot;{title}&quot;) were left out: {reason}.</source>
        <extracomment>{count} is a number; {title} the first event&apos;s title; {reason} why they were left out.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} events were left out: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its start time cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its times cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses a time zone this computer does not know (&quot;{zone}&quot;)</source>
        <extracomment>{zone} is the time zone&apos;s name as the file gives it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its repeat rule cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it repeats every second, which would fill the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it repeats every minute, which would fill the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it repeats far too often ({detail}), which would fill the calendar</source>
        <extracomment>{detail} says how often, such as &quot;about 1,440 times a day&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has more than {most} repeating or changed events in the weeks being looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {count} times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like a binary file, not a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has {count} lines; the most is {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends too soon; it looks cut off part-way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export it again and check the copy finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>END:{name} does not match (the {open} from line {line} is still open).</source>
        <extracomment>{name} and {open} are calendar parts such as VEVENT; END:{name} is the file&apos;s own text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the calendar again; the file has been damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has too many long-running repeating events to work out in good time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar could not be read ({detail}).</source>
        <extracomment>{detail} is the calendar reader&apos;s own words, in English.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the calendar again, or remove this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the calendar again from Outlook, NHSmail or Google as a calendar file, and choose the file it saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the calendar again with time zone details included, or set the event to a standard zone such as Europe/London.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change it to repeat daily or weekly, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar has more than {most} events in the weeks being looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check for an event repeating far too often, or export a shorter date range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something went wrong while reading this file, so it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the calendar again and import the new file; your earlier calendar is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar and meeting load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my calendar from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your calendar from Outlook, NHSmail or Google Calendar as a calendar file. SelfCompass reads it on this computer only, offers a short pause as meetings end, and never prompts you during a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>not noted</source>
        <extracomment>In a chart&apos;s table, for a week (or check-in) with no number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} {unit}</source>
        <extracomment>A number and its unit in a chart&apos;s table (&quot;3 minutes&quot;, &quot;2.5 of 5&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart “{title}” as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the numbers behind “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers behind the chart: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save “{title}” as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That image couldn&apos;t be saved there. You might try another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checkin</name>
    <message>
        <source>{part}: closest to “{answer}” ({score} of {top})</source>
        <extracomment>{part} names a part of the check-in; {answer} is one of its answers, such as &quot;Quite a lot&quot;; {score} and {top} are numbers (&quot;4 of 5&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part}: {score} (from {low} to {high})</source>
        <extracomment>{part} names a part of the check-in; {score}, {low} and {high} are numbers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinView</name>
    <message>
        <source>Weekly check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a questionnaire from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a questionnaire from a file (for coaches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save my check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this week has been hard, you don&apos;t have to carry it alone: &lt;a href=&quot;help&quot;&gt;help and support&lt;/a&gt; is here whenever you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-in could be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answer} ({n} of {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer for any statements you&apos;d like to reflect on, then save. You can leave out any you prefer not to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Thank you for taking a moment for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this changes over time is in Insights. It is a reflection, not a measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire files (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooserDialog</name>
    <message>
        <source>Under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 3 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 minutes or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do I need now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two quick questions, and a few practices that might suit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much time do you have?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would help most?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question} {answer}</source>
        <comment>a question and one answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You might try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing fits that yet; try a little more time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · {length}</source>
        <comment>an offered practice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin {title}, {length}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachEditor</name>
    <message>
        <source>Coach mode</source>
        <comment>page title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a sequence of practices for someone you coach, check it, and export it as a file to hand over. They follow it day by day; nothing is sent from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: calm-start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown as “Day 1 of 5: your title”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: an email address or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day 1 is the day the person imports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <comment>the sequence&apos;s id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <comment>the sequence&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>how to reach the author</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <comment>when the sequence&apos;s day 1 is</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <comment>check the sequence for problems</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices (drag onto a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own practice from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice file written as in the practice format guide, with its narration (a text file of the same name) if it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days (drag to reorder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <comment>the list of days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove the chosen day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <comment>move the chosen day earlier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <comment>move the chosen day later</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the day&apos;s theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note for this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a journal prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <comment>move the chosen practice earlier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <comment>move the chosen practice later</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove the chosen practice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <comment>the day&apos;s theme</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices</source>
        <comment>the day&apos;s practices</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <comment>the coach&apos;s note for the day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <comment>the day&apos;s journal prompt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (yours)</source>
        <comment>a practice the coach added</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{id}&quot; is already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give your practice its own id, or use the library&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added your practice “{title}”. Drag it onto a day to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That practice could not be added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <comment>a day with no theme</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {n}: {title} ({count} practice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {n}: {title} ({count} practices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to export: {count} day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to export: {count} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved ({reason}). You might choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {name}. You can send this file to the people you coach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {n} of {count}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To write about, if you like: {prompt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one practice to {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has the same practice twice: keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a short note for {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {where} a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {field}</source>
        <comment>where a problem is: Day 2, the note</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmWordDialog</name>
    <message>
        <source>Type {word} to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go ahead, type &lt;b&gt;{word}&lt;/b&gt; below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something unexpected happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SelfCompass ran into something it did not expect. It isn&apos;t anything you did. Your journal and your drafts are saved as you go, so you can carry on with what you were doing. If something stops responding, closing SelfCompass and opening it again usually helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note of what happened, without anything you have written, is in the log: &lt;code&gt;{file}&lt;/code&gt;. If it keeps happening, you might pass that file to whoever looks after your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the log&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}, line {line}</source>
        <extracomment>Where a problem is: {source} is a file&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {field}: {message}</source>
        <extracomment>{where} is a file (and line), {field} a field&apos;s name such as &quot;steps[2].duration&quot;, then the problem.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Fix: {fix}</source>
        <extracomment>A problem in a file, then how to put it right.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that this is the right file; practice files are small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check quotes, brackets and &apos;=&apos; signs near that line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read ({reason}).</source>
        <extracomment>{reason} is the system&apos;s own words, such as &quot;No such file or directory&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that this is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its layout has a mistake ({detail}).</source>
        <extracomment>{detail} is the reader&apos;s own description, in English, such as &quot;Expected &apos;=&apos; after a key&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some of its characters can&apos;t be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save it again in your editor as Unicode text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than {size} KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a line &apos;{key} = …&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be text in quotes, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write {key} = &quot;…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write some text here, or remove the line if it is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {length} characters long; the most is {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a whole number, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a number, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write {key} = 4 (no quotes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a usable number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an ordinary number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {value} {unit}; it must be at least {limit} {unit}.</source>
        <extracomment>{unit} is a unit such as &quot;seconds&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {value}; it must be at least {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a value of {limit} or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {value} {unit}; it must be at most {limit} {unit}.</source>
        <extracomment>{unit} is a unit such as &quot;seconds&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {value}; it must be at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a value of {limit} or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be true or false, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write {key} = true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a list of text, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write {key} = [&quot;a&quot;, &quot;b&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {count} items; the most is {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{item}&quot; is empty or longer than {most} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: {values}.</source>
        <extracomment>{values} lists the values a field may take, such as &quot;calm, kindness, focus&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a table, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it as {example}.</source>
        <extracomment>{example} is how a table is written in the file, such as &quot;pattern = { … }&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a list of [[{key}]] tables, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start each one with a line [[{key}]].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add at least one [[{key}]] table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {count} entries; the most is {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field this file may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the spelling against the format guide, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of the known values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use one of: {values}.</source>
        <extracomment>{values} lists the values a field may take, such as &quot;calm, kindness, focus&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text &quot;{text}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayCard</name>
    <message>
        <source>{title}: not in this installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To write about, if you like: {prompt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on with day {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch up to day {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to day {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open day {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>resume following the sequence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>pause following the sequence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <source>Today&apos;s meetings and pauses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>{seconds} sec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes}½ min</source>
        <extracomment>Minutes and a half, such as &quot;2½ min&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} sec</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>A title, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <comment>journal entry title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common humanity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mindful noticing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <comment>the writing prompt shown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not noted</source>
        <comment>no mood chosen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} – {word}</source>
        <comment>mood choice: its number and word</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <comment>delete this journal entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <comment>a writing prompt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mood</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Calm down when things get too much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady myself before something hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be a little kinder to myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get through back-to-back meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead with compassion and a clear head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nudges, thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or two a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few a day, around my meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now, take me home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles, like a slow breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SelfCompass is for a minute of kindness between everything else. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What brings you here? Choose any that fit; they help SelfCompass suggest what might suit you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account, no internet, no tracking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is my data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a private folder that only you can open: {folder}. Settings shows it too, with a button to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When do you work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses are only offered in your working hours, and never during a meeting from your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your usual days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your usual hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>working hours: 09:00 to 17:30</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night shifts are fine: 19:30 to 07:30 runs on into the next morning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My shifts vary from week to week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then SelfCompass won&apos;t guess your hours: you can start a pause whenever suits, and set each day&apos;s hours later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would you like gentle nudges?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nudge is a small card near the clock offering a short pause. It never sounds, and you can always say not now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your calendar (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your calendar, pauses fit around your meetings. It is read on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do I save my calendar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook or NHSmail on the web: Settings, Calendar, Shared calendars, publish or save your calendar, then save the file it gives you.
Outlook on Windows: File, Save Calendar, choose the dates, Save.
Google Calendar: Settings, Import and export, Export; open the download to find the file.
Then choose “Add my calendar” and pick that file. You can do this later from Home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken guidance?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calm voice can read each practice aloud. The words are always on screen too, so it is fine to keep it off in an open-plan office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear a sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That&apos;s everything. Would you like a one-minute pause now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a one-minute pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FocusPanel</name>
    <message>
        <source>Protect some time for one thing. Prompts wait until you finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a {minutes}-minute focus block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End now</source>
        <comment>end the focus block</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the focus block now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focusing until {time}. Prompts are held until then; ending early is fine too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{date} at {time}</source>
        <extracomment>{date} is a date such as &quot;9 November 2026&quot;; {time} a 24-hour time such as &quot;14:30&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} {minutes}</source>
        <extracomment>{hours} such as &quot;2 hours&quot;; {minutes} such as &quot;5 minutes&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Help and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;About SelfCompass&lt;/h2&gt;
&lt;p&gt;SelfCompass offers short practices for busy days in health and care: mindful pauses, kindness
towards yourself, ways to protect your attention, and moments to prepare for the people you lead.
Each one is an invitation. Take what helps and leave the rest.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;What it is not&lt;/h3&gt;
&lt;p&gt;SelfCompass is not a treatment, and it is not a crisis service. It does not assess you or give
medical advice, and no one watches what you do here. If you are struggling, please talk to someone
as well: a colleague you trust, your GP, or one of the services below.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your privacy&lt;/h3&gt;
&lt;p&gt;Everything you write and do stays on this computer; nothing is ever sent anywhere.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;When things are hard&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;In an emergency&lt;/b&gt;, or if your life or someone else&apos;s is at risk, call &lt;b&gt;999&lt;/b&gt;.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Samaritans&lt;/b&gt;: call &lt;b&gt;116 123&lt;/b&gt;, free, any time of day or night, anywhere in the UK, to talk about
whatever is on your mind.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Shout&lt;/b&gt;: text &lt;b&gt;SHOUT&lt;/b&gt; to &lt;b&gt;85258&lt;/b&gt; for free, confidential text support, any time.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Your own organisation&lt;/b&gt;: most health and care employers offer staff support, such as
occupational health, an employee assistance programme (EAP), a wellbeing or psychology service for
staff, or a Freedom to Speak Up Guardian. Your manager, your intranet or your HR team can tell you
how to reach them.&lt;/li&gt;
&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Urgent help where you live&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;England&lt;/b&gt;: &lt;b&gt;NHS 111&lt;/b&gt;. Call 111, free, at any time, or go to 111.nhs.uk. If it is about
your mental health, choose the mental health option when you call.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Wales&lt;/b&gt;: &lt;b&gt;NHS 111 Wales&lt;/b&gt;. Call 111, free, at any time, and press 2 to talk to someone
about your mental health.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Scotland&lt;/b&gt;: &lt;b&gt;NHS 24&lt;/b&gt;. Call 111 when your GP practice is closed. For someone to talk to,
&lt;b&gt;Breathing Space&lt;/b&gt; is free on &lt;b&gt;0800 83 85 87&lt;/b&gt;: Monday to Thursday from 6pm to 2am, and from 6pm
on Friday right through to 6am on Monday.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Northern Ireland&lt;/b&gt;: call your GP, or &lt;b&gt;GP out of hours&lt;/b&gt; when the surgery is closed.
&lt;b&gt;Lifeline&lt;/b&gt; is free on &lt;b&gt;0808 808 8000&lt;/b&gt;, day and night, if you are in distress.&lt;/li&gt;
&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;You look after other people every day. You deserve support too, and asking for it
is a strong thing to do.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeFeature</name>
    <message>
        <source>One moment: SelfCompass is still starting. You can also add your calendar later from Home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses couldn&apos;t start this time. You can always take one yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nudges until you choose them. You can turn them on any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudges are off. You can turn them on any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: a short pause at {time}, after “{title}” ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: a moment to arrive at {time}, before “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: an inbox check at {time}, one batch and back to what matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: a moment to close the day at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: a short pause at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pause offered at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done for today. Well done for making the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your calendar is in. Pauses will fit around your meetings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Good morning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello. Thank you for the work you do at night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minute for yourself, between everything else?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles, like a slow breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what you need and how long you have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses are offered once SelfCompass has finished starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <comment>change how often nudges come</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change nudges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn prompts back on for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your calendar so pauses fit around meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See all of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots are the pauses offered; blocks are your meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <comment>start today&apos;s practice in a sequence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A focus block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your meeting load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>Other</source>
        <extracomment>A kind of practice this version does not know (from an older or newer one).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded here yet, and that&apos;s fine. When you take a few minutes for a practice, it will show up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over these weeks you have given yourself {total} of practice. This week so far: {week}. Every few minutes counts.</source>
        <extracomment>{total} and {week} are lengths of time, such as &quot;1 hour 30 min&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over these weeks you have given yourself {total} of practice. Every few minutes counts.</source>
        <extracomment>{total} is a length of time, such as &quot;1 hour 30 min&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kinds of practice you choose will show up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far you have spent time with {family}.</source>
        <extracomment>{family} is a kind of practice, in lower case, such as &quot;attention hygiene&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have turned most often to {family}, alongside 1 other kind.</source>
        <extracomment>{family} is a kind of practice, in lower case, such as &quot;attention hygiene&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have turned most often to {family}, alongside {count} other kinds.</source>
        <extracomment>{family} is a kind of practice, in lower case; {count} is 2 or more.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 practice</source>
        <extracomment>Used in &quot;Of 1 practice where you noted both, …&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 time</source>
        <extracomment>Used in &quot;… you felt lighter afterwards 1 time&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have noted how you felt after some practices. Thank you for checking in with yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you note how you feel before and after a practice, you will see it here. It is always optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of {practices} where you noted both, you felt lighter afterwards {lighter}, about the same {same} and heavier {heavier}. However you feel is welcome; there is no right answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of {practices} where you noted both, you felt lighter afterwards {lighter}, about the same {same}. However you feel is welcome; there is no right answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of {practices} where you noted both, you felt lighter afterwards {lighter} and heavier {heavier}. However you feel is welcome; there is no right answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of {practices} where you noted both, you felt lighter afterwards {lighter}. However you feel is welcome; there is no right answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On average you noted “{before}” before and “{after}” after.</source>
        <extracomment>{before} and {after} are moods in words, such as &quot;low&quot; and &quot;okay&quot; (the one mood scale).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings found in your calendar for these weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your busiest week had about {busiest} in meetings. This week so far: about {week}.</source>
        <extracomment>{busiest} and {week} are lengths of time, such as &quot;7 hours 30 minutes&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your busiest week had about {busiest} in meetings.</source>
        <extracomment>{busiest} is a length of time, such as &quot;7 hours 30 minutes&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last check-in: {parts}. This is a reflection for you, not a score to improve or a measure of how you are doing.</source>
        <extracomment>{parts} lists the check-in&apos;s parts in words, such as &quot;Kindness towards yourself: closest to “A little” (2 of 5); …&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mostly after meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mostly in the mornings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mostly in the afternoons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mostly in the evenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet this week, and that&apos;s fine. Whenever you take a minute for yourself, it will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pause this week</source>
        <extracomment>{count} is &quot;One&quot;; the rest of the sentence follows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} practice this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pauses this week</source>
        <extracomment>{count} is a number, in words up to ten (&quot;Three&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} practices this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}, {when}: {time} in all.</source>
        <extracomment>{what} such as &quot;Three pauses this week&quot;; {when} such as &quot;mostly after meetings&quot;; {time} &quot;6 minutes&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {time} in all.</source>
        <extracomment>{what} such as &quot;Three pauses this week&quot;; {time} such as &quot;6 minutes&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly check-in is a short, optional reflection. If you take it, how it changes over time will show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsFeature</name>
    <message>
        <source>A short weekly check-in is here whenever you&apos;d like it. It&apos;s optional, and only for you.</source>
        <extracomment>The weekly offer, one gentle offer on Home (never the status bar).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly check-&amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some questionnaire files couldn&apos;t be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your insights couldn&apos;t be gathered just now. Your practice is still recorded; you might try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your check-in couldn&apos;t be saved ({error}). You might check there is space in your data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That questionnaire couldn&apos;t be used. Here is what to change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That questionnaire couldn&apos;t be copied ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <comment>decline the weekly check-in</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle look back over the last eight weeks. Nothing here is a target: it is simply what happened, for you to notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering your insights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the weekly check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the weekly check-in (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of practice each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you felt, before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours in meetings each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your weekly check-in over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <comment>first column of a chart&apos;s table</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <comment>unit: axis title, after numbers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute</source>
        <comment>unit after a 1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <comment>unit: axis title, after numbers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <comment>unit after a 1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practices</source>
        <comment>unit: axis title, after numbers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practice</source>
        <comment>unit after a 1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your calendar and the time you spend in meetings each week will show here, next to your practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy weeks might be when a short pause helps most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan pauses around this week&apos;s meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>In the table of minutes each week: a week with no practice.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of 5</source>
        <comment>a feeling rated on a scale of 1 to 5</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours in meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <comment>first column of a chart&apos;s table: when it was taken</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>What would you say to a colleague who had the day you have had?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you need right now, and how could you offer a little of it to yourself?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a few words to yourself in the voice of someone who cares about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is one kind thing you could do for yourself before the end of today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who else might be feeling something like this today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How might this moment be part of being human, and of caring about your work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When has someone you respect struggled in a similar way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like others in your position to know they are not alone in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are you noticing in your body just now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name what you are feeling, as simply as you can, without judging it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in plain words, as if you were describing the weather?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What thoughts keep returning? You might just note them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written {when}</source>
        <extracomment>In an exported entry: {when} is a date and time such as &quot;2026-01-05 09:00 UTC&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited {when}</source>
        <extracomment>In an exported entry, after &quot;Written …&quot;: {when} is a date and time such as &quot;2026-01-05 09:00 UTC&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mood {mood}/5</source>
        <extracomment>In an exported entry: how the person felt, from 1 to 5.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <extracomment>In an exported entry: {tags} lists the entry&apos;s tags, separated by commas.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My SelfCompass journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your writing isn&apos;t saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you&apos;re writing in your journal couldn&apos;t be saved, so it is only in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you close now, it will be lost. You might free some space, or copy it somewhere safe, then close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep SelfCompass open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what you wrote?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote during a practice is waiting for your journal to be unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your journal to keep it. If you quit now, it can&apos;t be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock and keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit without keeping it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can protect your journal with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting a passphrase did not finish last time, so your journal is not protected yet. Everything you wrote is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <comment>decline the offer of a passphrase</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalFeature</name>
    <message>
        <source>Your writing is still here in the editor, so nothing is lost; you might try saving again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It couldn&apos;t be written to the disk ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry could not be read; the others are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries could not be read; the others are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal wasn&apos;t locked, because what you&apos;re writing couldn&apos;t be saved. {problem} {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is still open: what you&apos;re writing couldn&apos;t be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you made while your journal was locked is in it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) kept while your journal was locked couldn&apos;t be read. They have been kept aside.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{problem} {kept}</source>
        <comment>what went wrong, then that the writing is kept</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is what you were writing last time. It hasn&apos;t been saved as an entry yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There&apos;s nothing to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <comment>a journal entry was saved</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entry couldn&apos;t be saved. {problem} {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written during {practice}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote will be added to your journal when you unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote is in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase to protect your journal and practice history on this computer. You&apos;ll enter it when SelfCompass starts; your practices keep working while the journal is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protecting your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SelfCompass stopped before your recovery code was shown, so here is a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal isn&apos;t protected with a passphrase, so it has no recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase to make a new recovery code. Your old recovery code will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new recovery code was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t match. Your recovery code is unchanged; you might check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have a new recovery code. The old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This replaces your old recovery code, which no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal wasn&apos;t protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your journal first, then you can change its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase. Your recovery code stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase wasn&apos;t changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journals from SelfCompass (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your journal to save a copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy, one file per entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move my journal to another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy of {count} entry in {path}. A copy isn&apos;t protected by a passphrase: you might keep it somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy of {count} entries in {path}. A copy isn&apos;t protected by a passphrase: you might keep it somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry could not be read, so it is not in the copy; the others are all there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries could not be read, so they are not in the copy; the others are all there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy of your journal was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy of your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your journal to bring entries into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in a journal from another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought in {file}: {added} new, {updated} updated, {unchanged} already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was brought in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing in entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes your journal, drafts, practice history, backups and passphrase protection from this computer, for good. Exports you saved elsewhere are not touched. Your settings stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <comment>the word typed to confirm deleting all data</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal, practice history and backups have been removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything could be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SelfCompass can make a fresh copy of your journal with everything that can still be read, and bring the damaged entries back from your backups where they are whole. The damaged file is kept aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <comment>leave the damaged entries for later</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairing your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database looks damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can go back to the newest good backup, from {when}. The damaged file will be kept aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can go back to the newest good backup, from {when}, which holds 1 journal entry. The damaged file will be kept aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can go back to the newest good backup, from {when}, which holds {count} journal entries. The damaged file will be kept aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup was found. You can start a new, empty journal; the damaged file will be kept aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <comment>leave the damaged database for later</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backup has been restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new journal has been started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is kept as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is repaired: 1 entry came back from your backup of {date}.</source>
        <extracomment>{date} is the backup&apos;s day, like &quot;5 December 2026&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is repaired: {count} entries came back from your backup of {date}.</source>
        <extracomment>{count} entries were put back; {date} is the backup&apos;s day, like &quot;5 December 2026&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is repaired: {count} entries came back from your backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry was not whole in any backup, so it could not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries were not whole in any backup, so they could not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That didn&apos;t work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalImport</name>
    <message>
        <source>Choose a file saved with “Move my journal to another computer”.</source>
        <extracomment>What to choose when a file is not a journal moved from SelfCompass (translated at use, &quot;JournalImport&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, entry {entry}</source>
        <extracomment>Where a problem is in a journal export: {where} is the file&apos;s name, {entry} counts from 1.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, field “{field}”</source>
        <extracomment>Where a problem is in a journal export: {where} is the file (and entry), {field} a field&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <extracomment>A problem in a journal export: the messages follow a field&apos;s name, as in &apos;field “mood”: is missing&apos;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not allowed in a journal export</source>
        <extracomment>{name} is NaN, Infinity or -Infinity.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key “{key}” appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the journal again from SelfCompass, or correct the file by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be text, not {kind}</source>
        <extracomment>{kind} is a JSON type in Python&apos;s words, such as &quot;int&quot; or &quot;list&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long ({length} characters; the most is {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains characters that are not valid Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a date and time like 2026-01-05T09:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a date and time like 2026-01-05T09:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a time zone (end it with Z for UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is outside the years 1970 to 9998</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be one journal entry (its words, when it was written and so on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should name the practice it was written in and when, or be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has characters that can&apos;t be read (at byte {byte})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t be read (line {line}, column {column}: {detail}); it may be cut short or damaged</source>
        <extracomment>{detail} is the JSON reader&apos;s own English words, such as &quot;Expecting value&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has characters that can&apos;t be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t be read; it may be cut short or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t be read ({detail}); it may be cut short or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t be read (extra data after the end); it may be damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has unknown field(s): {fields}</source>
        <extracomment>{fields} lists field names, separated by commas.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a list of at most {most} tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each tag should be text of at most {most} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a whole number from 1 to 5, or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a step number from 0, or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than {size} MB</source>
        <extracomment>Follows a file&apos;s name, as in &quot;journal.json: is larger than 512 MB&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is nested too deeply to be a journal export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the journal again from SelfCompass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a SelfCompass journal export (its “format” is missing or different)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has unknown field(s) at the top: {fields}</source>
        <extracomment>{fields} lists field names, separated by commas.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comes from a newer SelfCompass (format version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update SelfCompass, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than {most} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>says {count} entries but the file holds {held}; it may be cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats the uuid of entry {entry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read ({reason})</source>
        <extracomment>Follows a file&apos;s name, as in &quot;journal.json: could not be read (No such file or directory)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file is there and you can open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalListModel</name>
    <message>
        <source>Mood {mood} of 5, {word}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries with tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries with mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood {value} – {word}</source>
        <comment>mood filter choice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <comment>undo deleting an entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <comment>close the undo bar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <comment>page title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours alone: what you write stays on this computer and is never part of what you share with a coach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} matching entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} matching entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry could not be read because part of the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries could not be read because part of the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} ({count})</source>
        <comment>a tag and how many entries have it</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalWiring</name>
    <message>
        <source>Journal</source>
        <comment>the journal page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a practice</source>
        <comment>in: Written during a practice, &lt;date&gt;.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <comment>Go menu: show the journal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <comment>the Journal menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy of my journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy, one file per &amp;entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move my journal to another computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring in a journal from another computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new &amp;recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;all my data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Any length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 3 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer than 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do I need now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do I need now? Suggest a practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search practices (for example: meeting, kind, breath)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by what you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches those filters. Try a different length or need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <comment>show the skipped files</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show which practice files were skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{family} (group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, {length}</source>
        <comment>a practice in the list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} practice file could not be read and was skipped. Everything else works as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} practice files could not be read and were skipped. Everything else works as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped practice files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files were skipped. Each line says what to change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Help and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <comment>page name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <comment>menu: go to a place</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take a pause…</source>
        <comment>Go menu: open the chooser</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help and support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingLoadView</name>
    <message>
        <source>Day</source>
        <extracomment>Table headings; translated where the table is built.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-to-back runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your week in meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of hours in meetings each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting numbers for each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keeping it up to date.&lt;/b&gt; Your calendar changes: export it again now and then, saving over the same file, and SelfCompass reads it again by itself.&lt;br&gt;&lt;b&gt;Outlook on Windows:&lt;/b&gt; File, Save Calendar, choose a date range, then Save.&lt;br&gt;&lt;b&gt;Outlook on the web and NHSmail:&lt;/b&gt; Settings, Calendar, Shared calendars, Publish a calendar, then open the link it gives to save the calendar file, or ask your IT team which way your trust allows.&lt;br&gt;&lt;b&gt;Google Calendar:&lt;/b&gt; Settings, Import and export, Export; unzip what it saves and choose the calendar file inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your week in meetings, from {weekday} {day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time</source>
        <comment>no time in meetings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no long stretch of meetings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{spent} in meetings, about {percent}% of your working time. Longest stretch without a break: {longest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours in meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest run without a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d h</source>
        <comment>chart axis: a whole number of hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <comment>a table row&apos;s date, e.g. Monday 3 Mar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {pauses}</source>
        <comment>a day, then its pause times</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pauses as meetings end&lt;/b&gt; (with pauses on, in your working hours):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>no</source>
        <extracomment>The number 0 as a word, as in &quot;no meetings&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>six</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eleven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twelve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days are numbered 0 (Monday) to 6 (Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <extracomment>{hours} is a number, often as a word (&quot;three&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an hour and a half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} and a half hours</source>
        <extracomment>{hours} is a number, often as a word (&quot;two and a half hours&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an hour and {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} hours and {minutes} minutes</source>
        <extracomment>{hours} is a number, often as a word (&quot;two hours and 15 minutes&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} has {duration} back to back: could two of them be 25 or 50 minutes, to leave a moment to breathe in between?</source>
        <extracomment>{day} is a day&apos;s name; {duration} is how long, such as &quot;four hours&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} has {duration} back to back: could one of them be 25 or 50 minutes, to leave a moment to breathe in between?</source>
        <extracomment>{day} is a day&apos;s name; {duration} is how long, such as &quot;two hours&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is mostly meetings ({percent}% of your working day). Is there one you could decline or send someone in your place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} has {count} meetings in a row. A short pause between them might help you arrive at each one.</source>
        <extracomment>{count} is a number, often as a word (&quot;three&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings take about {percent}% of your working week. You might protect one focus block on the lightest day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your week has room to breathe between meetings. That is worth keeping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <extracomment>A length of time in a table: {hours} whole hours and {minutes} minutes (two digits), such as &quot;2 h 05 min&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <extracomment>A table row&apos;s date: {weekday} a day&apos;s name, {day} the day of the month, {month} a short month, &quot;Monday 3 Mar&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>No pauses on a day, in a table cell.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Moods</name>
    <message>
        <source>Very low</source>
        <extracomment>Each step&apos;s word as it stands alone, on a button or in a list (&quot;Very low&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very low</source>
        <extracomment>The same words inside a sentence (&quot;Mood 2 of 5, low&quot;), so no translation is lower-cased by code.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <extracomment>Spoken when the breath is held after breathing in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <extracomment>Spoken for the pause after breathing out.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pacer</name>
    <message>
        <source>Breathing guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>A few ordinary words you will remember make a good passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase needs at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That looks like a strong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That works. Another word or two would make it harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <comment>type the passphrase again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two don&apos;t match yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <source>Only at the start and the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write as much or as little as you like. It stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take all the time you need. Press Continue when you&apos;re ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move on to the next step (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop here (Esc). Stopping is always fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken &amp;guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet time with no voice. Choose how long you&apos;d like; a soft bell marks the start and the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How many minutes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {shortest} to {longest} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bell along the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the library (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you feel now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} · {word}</source>
        <comment>feeling button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood {value} of 5: {word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you&apos;d like to remember? (optional; it goes to your journal, on this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>end-screen button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open it in my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is locked. Your note will be added to it when you unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound on this computer, so the words stay on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for taking this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You gave yourself {time}. Notice how you are, without needing to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You gave yourself {time}, and that counts. Come back whenever it suits you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <comment>time remaining</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mindful pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-compassion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention hygiene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compassionate leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <extracomment>The breath held after breathing in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <extracomment>The pause after breathing out.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeDetail</name>
    <message>
        <source>Settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet time, as long as you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write, if you like: {prompt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin</source>
        <comment>start the chosen practice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin this practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin this practice (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one from the list to see what it involves. Every practice works with or without spoken guidance, and you can pause or stop whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{family} · about {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · includes writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Good for:&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} · {length}</source>
        <comment>a step in What happens</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (as long as you need)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What happens&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, about {length}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeFeature</name>
    <message>
        <source>That practice isn&apos;t in the library any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeFiles</name>
    <message>
        <source>is {schema}, newer than this version of SelfCompass understands ({known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update SelfCompass, or ask the author for a schema 1 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it like id = &quot;box-breathing&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a timer practice has {count} steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give it one step, with kind = &quot;timer&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {total} s but the steps add up to {summed} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set duration = {summed}, or change the steps&apos; durations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{id}&quot; may use only small letters, digits and single hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only writing steps have a prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set kind = &quot;write&quot; or remove the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only breathe steps have a breathing pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set kind = &quot;breathe&quot; or remove the pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cycles} breaths of {breath} s make {total} s, but the step lasts {step} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make the step&apos;s duration equal to the breath length times the number of breaths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practices folder is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reinstall SelfCompass, or check the folder&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{id}&quot; is already used by {other}.</source>
        <extracomment>{other} is another practice file, such as &quot;practices/box-breathing.toml&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give each practice its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{id}&quot; does not match the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename the file to {file}, or change the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no narration script ({file}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the script; every practice has one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptBanner</name>
    <message>
        <source>Pause prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{reason}</source>
        <comment>banner: heading, then the reason</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>A moment for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before your next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus block complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back again, gently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireFiles</name>
    <message>
        <source>&quot;{id}&quot; may use only lower-case letters, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write something like id = &quot;weekly-reflection&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {maximum}, which is not above the minimum ({minimum}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make the maximum larger than the minimum, such as minimum = 1 and maximum = 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {labels} labels but the scale has {points} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one label for each whole number from {minimum} to {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>makes a scale of more than 21 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a shorter scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{id}&quot; is used by another subscale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give each subscale its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{id}&quot; is used by another item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give each item its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{subscale}&quot; is not one of the subscales in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use one of: {subscales}.</source>
        <extracomment>{subscales} lists the subscales&apos; ids, such as &quot;kindness, noticing&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item belongs to the subscale &quot;{subscale}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add items for it, or remove the subscale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code unlocks your journal. It is shown only this once and SelfCompass does not keep a copy, so you might write it down or print it and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <comment>copy the recovery code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve kept it safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <comment>close the recovery code dialog</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <comment>the recovery code was copied</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SelfCompass recovery code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>not a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiet until later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>focus block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {time} pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {time} inbox check: one batch, then back to what matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your working day is nearly done: a few minutes to close it kindly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has ended: a short pause before the next thing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your meeting has ended: a short pause before the next thing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moment to arrive before &apos;{title}&apos; at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moment to arrive before your next meeting at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {minutes}-minute focus block is complete. Well done for protecting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is the pause you put off earlier, if now suits you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pause held back until you were free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have been working for {duration}: a moment to pause.</source>
        <extracomment>{duration} is how long, such as &quot;90 minutes&quot; or &quot;an hour and a half&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an hour and a half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back. A pause was due while you were away; here is one, if you would like it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbox check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transition pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a moment to arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pause you put off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a catch-up pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focusing until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pauses planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next pause at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next pause {weekday} at {time}</source>
        <extracomment>{weekday} is a day&apos;s name, such as &quot;Monday&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a clock time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it as &quot;09:00&quot; or 09:00:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a day and its hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write each as &quot;mon 19:30-07:30&quot; (a day, then from-to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{zone}&quot; is not a time zone this computer knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a name such as &quot;Europe/London&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{practice}&quot; is not a known practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use &quot;{choose}&quot; or one of: {practices}.</source>
        <extracomment>{choose} is the value meaning &quot;choose for me&quot;; {practices} lists practice ids.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add times = [&quot;10:00&quot;, &quot;14:00&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the working days and hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{zone}&quot; is not a time zone this computer knows, so Europe/London is used. You can choose your zone in Settings.</source>
        <extracomment>{zone} is the time zone&apos;s name as it was saved.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} The usual reminder times are used instead.</source>
        <extracomment>{problem} says what is wrong with a reminder setting.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pause you put off.</source>
        <extracomment>Shown on the card when a pause put off from the tray comes back.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause you moved to later.</source>
        <extracomment>The reason shown with a snoozed prompt that comes back after a restart (its own reason is not kept).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersFeature</name>
    <message>
        <source>No calendar imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <comment>page name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <comment>page name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SelfCompass is still here, keeping your pauses. Its icon sits with the others near the clock: choose Quit in its menu to close it completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {name}: {count} meeting, over the last nine weeks and the next eight.</source>
        <extracomment>{name} is the person&apos;s calendar file, as they named it. Free time and all-day events are not counted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {name}: {count} meetings, over the last nine weeks and the next eight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of it was skipped or left out. The first: {notice}</source>
        <extracomment>{notice} is the first thing skipped or left out, naming the event and its line.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That calendar file could not be used, so nothing was changed. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That calendar file could not be used; your earlier calendar is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>A SelfCompass sequence by {author} · progress report made on {date}</source>
        <extracomment>Under the title of a shared progress report; {author} wrote the sequence, {date} is like &quot;5 January 2026&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{done} of {total}&lt;/b&gt; days done</source>
        <extracomment>Part of the report&apos;s summary line; the parts are joined with &quot; · &quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; practice completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; practices completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; minute of practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; minutes of practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it felt, from 1 to 5: on average {before} before practice and {after} after ({n} rated session).</source>
        <extracomment>{before} and {after} are average ratings from 1 to 5, such as 2.5.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it felt, from 1 to 5: on average {before} before practice and {after} after ({n} rated sessions).</source>
        <extracomment>{before} and {after} are average ratings from 1 to 5, such as 2.5; {n} is how many sessions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <extracomment>Column heading: the average rating before practice.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <extracomment>Column heading: the average rating after practice.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <extracomment>Practices done in a day, as in &quot;2 of 3&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {n} more day (all of them are in the spreadsheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {n} more days (all of them are in the spreadsheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practices from this sequence yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by choice. Notes, writing and journal entries are never part of a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: {title}</source>
        <extracomment>The PDF&apos;s title, shown by PDF readers; {title} is the sequence&apos;s title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>What is in it: the sequence, the days and practices you have done, and your minutes of practice; your before-and-after ratings only if you tick the box. What is never in it: notes, anything you wrote, and your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include how I rated each practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is saved on this computer. You decide whether to send it to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptFiles</name>
    <message>
        <source>appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep one section for each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text comes before the first [step 1] line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the script with [step 1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sections are numbered {numbers}.</source>
        <extracomment>{numbers} lists the section numbers found, such as &quot;[1, 2, 4]&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number them 1, 2, 3… with one for each step, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no [step 1] section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add one section for each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[pause {seconds}] is outside 0–{most} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a pause between 0.5 and 120 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} is not a known mark.</source>
        <extracomment>{mark} is something in square brackets that the script format does not know, such as &quot;[pasue 3]&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use [pause N] inside text, or [cues …] on its own line in a breathe step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the [cues …] line has an unclosed quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it like [cues in=&quot;Breathe in&quot; out=&quot;And out&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{token}&quot; in [cues …] has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write key=&quot;words&quot;, for example in=&quot;Breathe in&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycles=&quot;{value}&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write cycles=3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is not a cue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use in, hold, out, rest or cycles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {sections} sections but the practice has {steps} steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write one [step N] section for each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cue &quot;{word}&quot; takes longer to say than the {seconds}-second {phase} phase.</source>
        <extracomment>{phase} is the script format&apos;s own name for the phase: inhale, hold_in, exhale or hold_out.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a shorter cue word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>narration takes about {needed} s at {wpm} words a minute, but the step lasts {step} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shorten the narration, shorten the pauses, or lengthen the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a timer step is quiet, but this section has words or pauses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave the section empty; the bell marks the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has nothing to say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add at least one sentence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfCompassApp</name>
    <message>
        <source>Sequences and calendars can be opened once SelfCompass has finished starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}” is not a file SelfCompass opens (a coaching sequence or a calendar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings couldn&apos;t be saved ({reason}). They apply until you close the app.</source>
        <extracomment>{reason} is the system&apos;s words, such as &quot;No space left on device&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s take a slow breath together. This is how I will sound.</source>
        <extracomment>A sample of the voice at the chosen pace (&quot;Hear a sample&quot; in Settings).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the settings your organisation chose for SelfCompass could not be read, so it keeps to the ones it could. Your IT team can check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pauses, Today and the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coach sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insights and the weekly check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what Home shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of SelfCompass ({part}) could not start; everything else works.</source>
        <extracomment>{part} names what could not start, such as &quot;insights and the weekly check-in&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceFiles</name>
    <message>
        <source>&quot;{requires}&quot; is not a version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it like requires = &quot;0.1.0&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs SelfCompass {requires} or later: update, or ask the author for a schema 1 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs a newer SelfCompass: update, or ask the author for a schema 1 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this sequence uses format {schema}, but this SelfCompass ({version}) reads format {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{id}&quot; may use only small letters, digits and single hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it like id = &quot;compassionate-leader&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write start = &quot;{on_import}&quot;, or a date without quotes such as start = 2026-01-05.</source>
        <extracomment>{on_import} is the word a file uses to start on the day it is imported: &quot;on-import&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a time of day; a sequence starts on a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is neither &quot;{on_import}&quot; nor a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a date or &quot;{on_import}&quot;, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{id}&quot; is already a practice in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give your own practice a different id, or list the library&apos;s id in a day instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{id}&quot; is used by an earlier [[practices]] table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give each of your practices its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be text, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write narration = &quot;&quot;&quot; with one [step N] section per step, then &quot;&quot;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <extracomment>A problem inside a narration: {field} is a section such as &quot;[step 2]&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes about {needed} s to read aloud at {wpm} words a minute, but the step lasts {step} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shorten the text, lengthen the step, or add a narration with fewer spoken words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists no practices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one, like practices = [&quot;box-breathing&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{id}&quot; is in the library but did not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run &apos;selfcompass practices check&apos; to see why, and fix that practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{id}&quot; is not a practice in the library or in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did you mean &quot;{id}&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the id with &apos;selfcompass practices list&apos;, or write your own under [[practices]].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names the same practice twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep each practice once a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{id}&quot; is already used by another sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give each sequence its own id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sequences</name>
    <message>
        <source>Left: {title}</source>
        <extracomment>{title} is the sequence&apos;s title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have left this sequence. You can start it again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts {date}: {title}</source>
        <extracomment>{date} is a date such as &quot;Monday 2 March&quot;; {title} is the sequence&apos;s title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day 1 will be ready for you then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {total} days done: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have been through every day of this sequence. Well done for making the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused at day {day} of {total}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sequence is paused. It will be here, just as you left it, when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {day} of {total}: {title}</source>
        <extracomment>{title} is the sequence&apos;s title, such as &quot;Day 4 of 21: Compassionate leader&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back. You can carry on with day {day}, or catch up to day {calendar} and keep {days} for whenever suits you.</source>
        <extracomment>{days} names the days in between, such as &quot;day 3&quot; or &quot;days 3, 4 and 5&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That&apos;s today&apos;s practice done. Day {day} is ready if you&apos;d like to go on, or it will be here tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That&apos;s today&apos;s practice done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {day} is still here whenever suits you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days {days} are still here whenever suits you.</source>
        <extracomment>{days} lists day numbers, such as &quot;2, 3 and 5&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to see you. The rest of today&apos;s practice is here when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days {days}</source>
        <extracomment>{days} lists day numbers, such as &quot;3, 4 and 5&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <extracomment>The end of a list of day numbers: {first} is &quot;3, 4&quot; and {last} is &quot;5&quot; in &quot;3, 4 and 5&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <extracomment>A date such as &quot;Monday 2 March&quot;: put the parts in your language&apos;s order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer SelfCompass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read ({reason}).</source>
        <extracomment>{reason} says why, often in the system&apos;s own English words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence progress starts afresh; the old file is kept as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequencesFeature</name>
    <message>
        <source>Coach mode</source>
        <comment>page name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>After a practice</source>
        <extracomment>The title of a journal entry written at the end of a practice whose name is not known.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>&apos;{setting}&apos; is {reason} and cannot be changed here.</source>
        <extracomment>{setting} is a setting&apos;s name; {reason} is why it is locked, such as &quot;set by your organisation&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a setting SelfCompass knows.</source>
        <extracomment>Follows a setting&apos;s name in IT&apos;s managed settings file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the list in the deployment guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deployment guide lists the allowed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}); defaults are used.</source>
        <extracomment>{name} is the settings file&apos;s name; {reason} the system&apos;s or JSON reader&apos;s own words, in English.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet (none until you choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or two a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower (calm, with room to breathe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hear a sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear a sample of this voice at this pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There&apos;s no sound on this computer, so spoken guidance is off; the words are always on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery code for your journal; the old one stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a place, such as London</source>
        <comment>time zone search</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{zone}&quot; is not a time zone this computer knows, so it was not saved. Type part of a place and choose from the list.</source>
        <extracomment>{zone} is what the person typed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My shifts vary: pauses only after meetings and at times I choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different hours on some days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day on {day} {what}</source>
        <extracomment>{day} is a day&apos;s name; {what} is &quot;starts&quot; or &quot;ends&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A night shift, such as 19:30 to 07:30, belongs to the day it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an end that differs from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one working day, or turn reminders off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More voices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking pace (words a minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask how I feel after a practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start SelfCompass when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect my journal with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer the weekly check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I coach others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What brings me here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First run finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My shifts vary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size and place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak the guidance aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the breathing guide still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time SelfCompass starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask how I feel at the end of a practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>open the data folder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance and display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders and start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer gentle pauses during my working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>working hours: 09:00 to 17:30</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep quiet between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <comment>quiet hours: between 12:30 and 13:30</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I coach others (shows Coach mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start SelfCompass quietly when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses are never offered during a meeting from your calendar, in quiet hours or during a focus block, and skipping one is always fine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Spoken guidance needs a speaker or headphones, and none were found on this computer, so the words will stay on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken guidance isn&apos;t available on this computer, so the words will stay on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing the espeak-ng package (libespeak-ng1) would add a voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows speech (SAPI5) didn&apos;t start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macOS speech service didn&apos;t start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Something went wrong while saving. Your practice still counts; the details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while saving. Your practice still counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file beside your journal is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both copies of the key file are damaged. Put back a copy of it from a backup of this computer; the recovery code is kept inside it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not unlock your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the passphrase (or recovery code) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal has no key file, so it cannot be unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the file {name} back beside the database.</source>
        <extracomment>{name} is the key file&apos;s name, such as selfcompass.keys.json.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file beside your journal could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file beside your journal is not one SelfCompass wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the right {name} back beside the database.</source>
        <extracomment>{name} is the key file&apos;s name, such as selfcompass.keys.json.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check there is space and you can write to {folder} ({reason}).</source>
        <extracomment>{folder} is a folder&apos;s path; {reason} the system&apos;s words, such as &quot;No space left&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protected copy did not match your journal, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check there is enough free space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SelfCompass could not create its data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the folder {folder} can be written ({reason}).</source>
        <extracomment>{folder} is a folder&apos;s path; {reason} the system&apos;s words (&quot;Permission denied&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SelfCompass could not open its database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file {name} in the data folder ({reason}).</source>
        <extracomment>{name} is the database file&apos;s name; {reason} the system&apos;s words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can restore the newest good backup; the damaged file will be kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup was found; the damaged file can be kept aside and a new one started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SelfCompass database looks damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of SelfCompass, so this version will not open or change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the newer version again, or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SelfCompass could not prepare its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the data folder can be written ({reason}).</source>
        <extracomment>{reason} is the database&apos;s own words, in English.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase did not unlock your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it and try again, or use your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the data folder exists and you can write to it ({reason}).</source>
        <extracomment>{reason} is the database&apos;s own words, in English, such as &quot;unable to open database file&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no space left to save your writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space; your text is still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SelfCompass cannot write to its data folder (it is read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions; your text is still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the drive is connected and healthy, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export folder could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check you can write to {folder} ({reason}).</source>
        <extracomment>{folder} is a folder&apos;s path; {reason} the system&apos;s own words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemTray</name>
    <message>
        <source>{app} — {status}</source>
        <comment>tray tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of today</source>
        <comment>page title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn prompts back on for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses offered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned for the rest of today. You can always start a pause yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Sequences you can start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <comment>start following the chosen sequence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a sequence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not following a sequence yet. You might start one above: each day brings a practice or two and a note from the coach who wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({count} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sequence could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed. You might send these details to the person who wrote it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this sequence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave “{title}”? What you have done is kept, and you can start it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress report is saved as {file} in {folder}. You decide whether to send it to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}” could not be saved in {folder} ({reason}). Nothing was written, and any file already there is as it was. You might choose another folder, such as your Documents folder, and share it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while making “{file}”, so it was not saved. Nothing was written, and any file already there is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>That passphrase didn&apos;t unlock your journal. You might check Caps Lock and try again, or use your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery code didn&apos;t unlock your journal. You might check each group of four and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your practices work as usual. Enter your passphrase to open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve forgotten it: use my &amp;recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my &amp;passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to SelfCompass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SelfCompass keeps your practice history, feelings and notes in one private folder on this computer (&lt;code&gt;{folder}&lt;/code&gt;). Nothing ever leaves the machine: there are no accounts, no internet connection and no tracking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on spoken guidance (you can change this any time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken guidance isn&apos;t available on this computer; captions are always on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s begin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PromptButtons</name>
    <message>
        <source>Start</source>
        <comment>begin the suggested pause</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <comment>ask again in 30 minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin the suggested pause now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again in 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more prompts today. That&apos;s fine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_TrayMenu</name>
    <message>
        <source>Pauses</source>
        <comment>menu of the reminder pauses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a pause now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <comment>focus block length</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the focus block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for 60 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit SelfCompass</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
