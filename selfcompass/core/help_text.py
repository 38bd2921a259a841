"""The help page: what SelfCompass is and is not, and where to turn when things are hard (HTML for a QTextBrowser).

Each section is one message for translators, HTML and all; ``help_html()`` gives the page in the person's language.
"""

from __future__ import annotations

from selfcompass.core.i18n import QT_TRANSLATE_NOOP, translate

HELP_TITLE = QT_TRANSLATE_NOOP("Help", "Help and support")

# Kept to the simple HTML subset QTextBrowser renders; links open outside the app only if the UI allows it.
SECTIONS = (
    QT_TRANSLATE_NOOP("Help", """<h2>About SelfCompass</h2>
<p>SelfCompass offers short practices for busy days in health and care: mindful pauses, kindness
towards yourself, ways to protect your attention, and moments to prepare for the people you lead.
Each one is an invitation. Take what helps and leave the rest.</p>"""),
    QT_TRANSLATE_NOOP("Help", """<h3>What it is not</h3>
<p>SelfCompass is not a treatment, and it is not a crisis service. It does not assess you or give
medical advice, and no one watches what you do here. If you are struggling, please talk to someone
as well: a colleague you trust, your GP, or one of the services below.</p>"""),
    QT_TRANSLATE_NOOP("Help", """<h3>Your privacy</h3>
<p>Everything you write and do stays on this computer; nothing is ever sent anywhere.</p>"""),
    QT_TRANSLATE_NOOP("Help", """<h3>When things are hard</h3>
<ul>
<li><b>In an emergency</b>, or if your life or someone else's is at risk, call <b>999</b>.</li>
<li><b>Samaritans</b>: call <b>116 123</b>, free, any time of day or night, anywhere in the UK, to talk about
whatever is on your mind.</li>
<li><b>Shout</b>: text <b>SHOUT</b> to <b>85258</b> for free, confidential text support, any time.</li>
<li><b>Your own organisation</b>: most health and care employers offer staff support, such as
occupational health, an employee assistance programme (EAP), a wellbeing or psychology service for
staff, or a Freedom to Speak Up Guardian. Your manager, your intranet or your HR team can tell you
how to reach them.</li>
</ul>"""),
    QT_TRANSLATE_NOOP("Help", """<h3>Urgent help where you live</h3>
<ul>
<li><b>England</b>: <b>NHS 111</b>. Call 111, free, at any time, or go to 111.nhs.uk. If it is about
your mental health, choose the mental health option when you call.</li>
<li><b>Wales</b>: <b>NHS 111 Wales</b>. Call 111, free, at any time, and press 2 to talk to someone
about your mental health.</li>
<li><b>Scotland</b>: <b>NHS 24</b>. Call 111 when your GP practice is closed. For someone to talk to,
<b>Breathing Space</b> is free on <b>0800 83 85 87</b>: Monday to Thursday from 6pm to 2am, and from 6pm
on Friday right through to 6am on Monday.</li>
<li><b>Northern Ireland</b>: call your GP, or <b>GP out of hours</b> when the surgery is closed.
<b>Lifeline</b> is free on <b>0808 808 8000</b>, day and night, if you are in distress.</li>
</ul>"""),
    QT_TRANSLATE_NOOP("Help", """<p>You look after other people every day. You deserve support too, and asking for it
is a strong thing to do.</p>"""),
)
# The page in UK English.
HELP_HTML = "\n\n".join(SECTIONS) + "\n"


def help_html() -> str:
    """The help page in the person's language (English where a section has no translation)."""
    return "\n\n".join(translate("Help", section) for section in SECTIONS) + "\n"
