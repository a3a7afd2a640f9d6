"""Wild13 truth for apexrl/Imitation-Learning-Paper-Lists README.md: imitation learning and inverse
RL papers as '* <[Title](url)> by Authors, Year.' bullets.

Shape: 30 lines of prose (one inline '<An autonomous land vehicle in a neural network>' mention
and numbered lists of settings, not entries), an Overview of '* [Section](https://github...#anchor)'
bullets (table of contents), then '# Single-Agent' / '# Multi-Agent' / '# Other Settings' /
'# Applications' with ## and ### sections.  Each paper is a top-level '* ' bullet: usually the
link wrapped in angle brackets '<[Title](url)>', then ', by Authors, Venue Year.' or ' by ...';
often a short name in brackets before it ('[GAIL] <[...](...)>', '[Planning, Dyna-AIL] <[...'),
sometimes a '[[blog]](url)' after.  Irregularities: link texts broken over two lines (the ']'
starting the next line), the author list moved to the next line, '[AIRL] <([Title](url)>', a
broken '<[Title]>(url)' followed by the authors on the next line, a missing '>', and four bullets
with a plain '[Title](url)' link and no angle brackets.  The angle brackets are literal text
(GitHub renders '<[' as text, not as an HTML tag); the helpers' clean() strips '<...>' spans, so
the check that every title occurs in its entry's lines was run with the literal brackets removed.  Some bullets have indented note
sub-bullets ('  * Propose **GAIL** ...').
Entries: every top-level '* ' bullet after the '# Single-Agent' heading (132), except six in the
two 'Reveiws&Tutorials' sections whose subject is not a paper: the ICML 2018 tutorial site
'(Video; Slide)', two YouTube lectures '(Video)', two blog posts '(Blog)' / '（Blog）' and the
ACL 2010 tutorial abstract 'From Structured Prediction to Inverse Reinforcement Learning' (a
tutorial); 126 entries.  The survey monograph 'An Algorithmic Perspective on Imitation Learning'
and the thesis 'Modeling Purposeful Adaptive Behavior ...' are entries.  An entry runs from its
bullet to the last non-blank line before the next top-level bullet or heading, note sub-bullets
included.  Title = the text of the bracket pair after the '<' (or '<('), or of the first link
when there is no '<', with a line break inside it read as a space; the short-name tag before it
is not part of it.  The link text of 'Watch, Try, Learn: ...' ends with '. Imitation learning';
kept as written.  Repeated papers are separate entries.  Ids from the entry's own lines
(an Emerald URL's '/full/html' tail is not part of its DOI).
Checks: 132 top-level bullets after line 64, 6 left out, 126 entries; 80 with an arXiv id (80 lines
with an arXiv link after the contents); 20 bullets with a tag
before the title; 4 without '<'; the two-line titles (8) joined.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "apexrl__Imitation-Learning-Paper-Lists__README@4d717b6.md"
LINES = read_lines(NAME)
NOT_PAPERS = {69, 77, 79, 146, 148, 156}


def main() -> None:
    start = LINES.index("# Single-Agent") + 1
    bullets = [i for i in range(start + 1, len(LINES) + 1) if LINES[i - 1].startswith("* ")]
    assert len(bullets) == 132, len(bullets)
    for i in NOT_PAPERS:
        assert i in bullets, i
    assert all(re.search(r"\((?:Video|Blog)|（Blog）|P10-5005", LINES[i - 1]) for i in NOT_PAPERS)
    papers = []
    tagged = plain = wrapped = 0
    for i in bullets:
        if i in NOT_PAPERS:
            continue
        end = i
        j = i + 1
        while j <= len(LINES) and not LINES[j - 1].startswith(("* ", "#")):
            if LINES[j - 1].strip():
                end = j
            j += 1
        text = "\n".join(LINES[i - 1:end])
        if "<[" in LINES[i - 1] or "<([" in LINES[i - 1]:
            m = re.match(r"\* (?:\[[^\]]*\] )?<\(?\[(.+?)\]", text, re.DOTALL)
            tagged += bool(re.match(r"\* \[[^\]]*\] <", text))
        else:
            m = re.match(r"\* \[(.+?)\]\(", text, re.DOTALL)
            plain += 1
        assert m, (i, text)
        title = m.group(1)
        wrapped += "\n" in title
        paper = entry(LINES, i, end, title.replace("\n", " "))
        if paper["doi"] and paper["doi"].endswith("/full/html"):
            paper["doi"] = paper["doi"].removesuffix("/full/html")  # Emerald URLs add '/full/html'
        papers.append(paper)
    assert len(papers) == 126
    assert (tagged, plain, wrapped) == (20, 4, 8), (tagged, plain, wrapped)
    write_truth(
        NAME, "wild13_development", papers,
        "every top-level '* ' bullet after '# Single-Agent' is an entry with its note sub-bullets (126), except"
        " a tutorial site, two video lectures, two blog posts and an ACL tutorial abstract in the"
        " Reviews&Tutorials sections; title = the bracketed text after '<' (or the first link's text), the"
        " short-name tag before it dropped, a line break inside it read as a space",
        "all 126 titles and spans read against the file; 132 bullets counted by awk, the 6 left out named;"
        " the 20 tagged bullets, the 4 plain links, the 8 two-line titles, '<([', '<[Title]>(url)', the"
        " missing '>' and the author lines moved to the next line; 80 lines with an arXiv link after the contents"
        " = 80 entries with an arXiv id; the Emerald DOI tail",
    )


if __name__ == "__main__":
    main()
