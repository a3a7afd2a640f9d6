"""Wild17 truth for BoxHeadDev/bits-and-bytes docs/databases/queries.md: a database (query processing) reading page of two shapes.

Shape 1 (lines 3-18, '## Queries'): checkbox bullets '- [ ] <emoji> [Title](url) (Authors year)',
the emoji giving the kind: 📄 paper (15), 📖 book (line 7, 'Building Query Compilers': not an entry),
🎥 video (not an entry).  Line 18 glues two items on one line ('- [ ] 📄 [The Cascades Framework for
Query Optimization](...) (G Graefe 1995)- [ ] 🎥 [... at Microsoft](youtube) (...)'): its paper is an
entry, its video is not.  Line 16 misses its closing parenthesis.
Shape 2 (line 20 on, copied from another awesome list): topic headings, each with labelled groups
'Courses:', 'Blogs:' (Chinese and English blog posts, course pages with sub-bullets, 'thanks to'
credits: none are entries), 'Papers:', 'Thesis:' and 'Books:'.  Paper and thesis bullets are
'- YEAR, [Title](url), Venue' (venue sometimes missing); each is an entry (the thesis, line 98,
is a scholarly work and kept); the one 'Books:' bullet (line 138, a survey monograph the list calls
a book) is not.  The '## DDL' section holds one unlabelled '- 2013, [Online, Asynchronous Schema
Change in F1](...), VLDB' bullet: a paper, kept.  Title = the link text.  DOIs come from ACM DL
'dl.acm.org/doi/pdf/10....' links (a '?download=true' query dropped); CiteSeerX 'doi=10.1.1...'
parameters are not DOIs.  Repeated papers (Access Path Selection, Efficiently Compiling, Adaptive
Execution, the Cascades and Overview papers) are separate entries.  No arXiv ids.
Counts: 15 '📄' + 54 '- YEAR, [' bullets (grep) = 69 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "BoxHeadDev__bits-and-bytes__docs__databases__queries@4a069d8.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    label = None
    for i, text in enumerate(LINES, 1):
        if re.fullmatch(r"[A-Z][a-z]+:\s*", text):
            label = text.strip()
            continue
        if text.startswith("#"):
            label = None
            continue
        if text.startswith("- [ ] "):
            items = re.findall(r"- \[ \] (📄|📖|🎥) \[([^\]]+)\]\(([^)]+)\)", text)
            assert items and text.count("- [ ] ") == len(items), i
            for kind, title, _url in items:
                if kind == "📄":
                    papers.append(entry(LINES, i, i, title))
            continue
        m = re.match(r"- (\d{4}), \[([^\]]+)\]\(([^)]+)\)", text)
        if m:
            assert label in ("Papers:", "Thesis:") or (label is None and i == 196), (i, label)
            papers.append(entry(LINES, i, i, m.group(2)))
            continue
        if text.startswith("- "):
            assert label in ("Courses:", "Blogs:", "Books:"), (i, label)
    assert len(papers) == 15 + 54, len(papers)
    write_truth(NAME, "wild17_development", papers,
                "every '📄' checkbox bullet (two items on line 18: its paper only) and every '- YEAR, [Title](url), Venue'"
                " bullet under 'Papers:'/'Thesis:' (and the one in '## DDL') is an entry, title = the link text; 📖 book,"
                " 🎥 video, 'Courses:', 'Blogs:' and 'Books:' bullets are not",
                "15 '📄' + 54 year bullets by grep, every bullet's group label asserted, all 69 titles by eye, the glued"
                " line 18, the thesis, the DDL bullet, the ACM DL DOIs (10.1145, 10.14778, 10.1007 with a query) and the"
                " CiteSeerX 'doi=10.1.1' links giving no DOI")


if __name__ == "__main__":
    main()
