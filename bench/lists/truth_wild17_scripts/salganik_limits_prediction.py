"""Wild17 truth for msalganik/cos597E-soc555_f2020 schedule.md: the Princeton 'Limits to Prediction'
course schedule (COS597E/SOC555, fall 2020).

Shape: Jekyll front matter, then one '### Weekday, Month D: Topic' heading per class meeting, each
followed by a bullet list of things to do before class; two meetings also have numbered 'Reading
question' lists (not readings).  A reading bullet is 'Authors (Year) ["Title"](url), _Venue_. <img
open/closed.png>' in the first half of the term and 'Authors. Year. [Title.](url) Venue.' or
'Authors et al. [Title.](url) Venue Year.' in the second half; book readings are a parent bullet
naming the book ('Tetlock (2005) _Expert Political Judgement..._:', 'Lorenz (1993) _The Essence
of Chaos_:') over 2-space sub-bullets of chapters.

An entry is a bullet (one line) whose subject is a scholarly work: journal and conference papers,
Bengio's Foundations-and-Trends monograph, Sculley's workshop paper, McCutcheon's preprint, the
Cracked Labs research report (Christl et al.), Nature/Science comment and perspective pieces
(Holmes et al., Benjamin).  Title = the first link's text, its quotes and final '.' dropped.  Reich et
al.'s bullet also links a PNAS '[Comment]' and '[Reply]' by those words only: one entry, for the
named paper.  Not entries: the course's own pre-reads, pre-read videos and other videos,
assignments, the two books and their chapter sub-bullets (and the Lorenz attractor web page among
them), the chapters the file marks as book chapters (Lewis/Rao/Reiley 'book chapter', Grasby
'Chapter 9 of ...'), blog posts and essays (Kurenkov, Sutton, Brooks, Netflix tech blog, Goel's
messymatters, Ford's 'Is R-squared Useless?', Facebook engineering, Marks, Hardt's Medium), and
journalism (Quartz, The Correspondent, Nature News, New York Times x2, ProPublica), the interview
tasks of November 12.
Count check: 109 bullet lines (grep -c '^ *- '), 52 entries and 57 non-entries, each listed below.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "msalganik__cos597E-soc555_f2020__schedule@5573424.md"
LINES = read_lines(NAME)

ENTRIES = [15, 16, 37, 38, 39, 51, 56, 57, 64, 65, 66, 67, 73, 74, 75, 76, 77, 82, 90, 92, 97, 98, 99, 100,
           105, 107, 114, 115, 116, 134, 135, 140, 141, 142, 149, 158, 159, 160, 161, 166, 167, 168, 169, 170,
           175, 176, 188, 190, 197, 198, 200, 201]
NOT_ENTRIES = {
    14: "course pre-read", 20: "video", 21: "assignment", 22: "book (Tetlock)", 23: "book chapter",
    24: "book chapter", 25: "book chapter", 26: "book appendix", 27: "book appendix", 28: "book preface",
    36: "video", 49: "course pre-read", 50: "blog series", 55: "Quartz news", 58: "essay (Sutton blog)",
    59: "blog (Brooks)", 63: "video", 71: "video", 72: "assignment", 81: "course pre-read",
    83: "journalism (The Correspondent)", 84: "book chapter (file says so)", 91: "Netflix tech blog",
    96: "video", 104: "video", 106: "blog (messymatters)", 113: "course pre-read", 117: "blog (UVA library)",
    121: "video", 122: "video", 123: "book (Lorenz)", 124: "book appendix", 125: "book chapter",
    126: "book chapter", 127: "web visualisation", 131: "video", 132: "book (Lorenz)", 133: "book chapter",
    139: "course pre-read", 146: "course pre-read", 147: "engineering blog", 148: "blog (Balkinization)",
    150: "Nature News", 151: "book chapter (file says 'Chapter 9 of')", 156: "video", 157: "New York Times",
    165: "video", 174: "video", 180: "video", 181: "interview guides", 182: "interviews", 183: "template",
    187: "course pre-read", 189: "New York Times Magazine", 195: "course pre-read", 196: "Medium post",
    199: "ProPublica",
}
LINK = re.compile(r"\[([^\]]+)\]\(")


def main() -> None:
    bullets = [i for i, t in enumerate(LINES, 1) if re.match(r"^ *- ", t)]
    assert len(bullets) == 109, len(bullets)
    assert sorted(ENTRIES + list(NOT_ENTRIES)) == bullets, set(bullets) ^ set(ENTRIES + list(NOT_ENTRIES))
    papers = []
    for i in ENTRIES:
        m = LINK.search(LINES[i - 1])
        title = m.group(1).strip()
        title = re.sub(r'^"(.*)"$', r"\1", title)
        title = re.sub(r"\.$", "", title)
        papers.append(entry(LINES, i, i, title))
    assert len(papers) == 52
    write_truth(NAME, "wild17_development", papers,
                "every schedule bullet whose subject is a scholarly work (papers, a monograph, a preprint, a research"
                " report, journal comment pieces) is an entry, title = its first link's text without quotes or final"
                " '.'; pre-reads, videos, assignments, books and book chapters, blogs and journalism are not",
                "all 109 bullets one by one (each classed in the script), every title printed with -v against the file,"
                " the quoted vs unquoted title styles, the Reich et al. bullet with Comment/Reply links (one entry),"
                " the DOI links (doi.org, dx.doi.org, the ezproxy doi-org links only under excluded book chapters),"
                " the arXiv links")


if __name__ == "__main__":
    main()
