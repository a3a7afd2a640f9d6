"""Wild7 truth for hssling/Epidemiological_Study_Designs_Bias_Confounding_Interaction_Precision_Validity_TLM
references/bibliography.md: an epidemiology course bibliography in NLM/Vancouver style, papers mixed
with textbooks, websites, courses, software and journal names.

Shape: '## topic' / '### subtopic' headings.  'Core Textbooks' gives four books as numbered '### 1.
Rothman KJ, ... Modern Epidemiology. 4th ed. ...; 2020.' headings with description bullets.  The
other sections are '- ' bullets: NLM journal references 'Authors. Title. Journal. Year;Vol(Issue):
Pages.' (journal abbreviation without full stops), book references 'Authors. Title. [ed.] City:
Publisher; Year.' (Hernán & Robins, Pearl, Snow, Lilienfeld, Porta, Last, Berkman & Kawachi),
websites with links, course and software names, and journal names (Key Journals).

Entry: every '- ' bullet holding a journal reference, i.e. matching '. YYYY;' (27).  Books (by
heading or bullet), websites, courses, software, journal names and the description bullets are not
entries.  Title = the text between the authors (up to the first '. ') and '. Journal. YYYY;';
a title ending in '?' keeps it (Hill 1965, Krieger 1994); titles with inner full stops are kept whole ('Selection of controls in case-control studies. II.
Types of controls', 'Observational research methods. Research design II: ...').  No ids are
written.

Count check: 64 '- ' bullets = 27 references + 7 book bullets + 30 others (12 textbook
descriptions, 3 websites, 3 courses, 3 software, 9 journals); the 27 are 2+2+2 (designs) + 2+2+2
(bias) + 2+2 (appraisal) + 2 (Hill) + 2+1 (meta-analysis) + 2+1 (historical) + 2+1 (recent).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "hssling__Epidemiological_Study_Designs_Bias_Confounding_Interaction_Precision_Validity_TLM__references__bibliography@e5efcc1.md"
PART = "wild7_development"
# the title ends in '.' (dropped) or '?' (kept: Hill 1965, Krieger 1994)
REF = re.compile(r"- (?P<authors>.+?)\. (?P<title>.+)(?:\.|(?<=\?)) (?P<journal>[^.?]+)\. (?P<year>\d{4});")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("- "):
            continue
        bullets += 1
        m = REF.match(text)
        if not m:
            continue
        papers.append(entry(lines, i, i, m.group("title")))
    assert bullets == 64 and len(papers) == 27, (bullets, len(papers))
    write_truth(NAME, PART, papers,
                "every '- ' bullet with an NLM journal reference ('Authors. Title. Journal. YYYY;...') is an"
                " entry; title = the text between the authors and '. Journal. YYYY;'; textbooks (numbered"
                " headings and book bullets), websites, courses, software and journal names are not entries",
                "all 27 entries against the file (titles with inner full stops, 'Jr.' in Dawber's authors,"
                " question-mark titles), every other bullet checked to be a book, website, course, software,"
                " journal name or description; no ids in the file")


if __name__ == "__main__":
    main()
