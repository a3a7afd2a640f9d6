"""Wild41 truth for cyrillebertelle/cyrillebertelleWP-fr _research/phdsupervision.md: the "direction de
thèses" page of Cyrille Bertelle (LITIS, Université Le Havre Normandie), a French Jekyll post listing the
PhD theses he supervised.

Shape: 141 lines; YAML front matter (1-8), a sentence counting "Deux thèses ... en cours et vingt-deux ...
soutenues" (10), "***" (12), then three sections:
- "### thèses en préparation" (14): 2 bullets (16, 19);
- "### thèses soutenues" (22): 22 bullets (24-109), newest first;
- "### Participation a des jurys de thèse et d'HDR (2018-2021)" (113): a paragraph (115-116) and 10 bullets
  (118-136).
A supervision bullet is `* **Student Name**, "Title", début de thèse : mm/yyyy, soutenue le dd/mm/yyyy,
co-dirigée/co-encadrée ...` followed by continuation lines without a bullet ("**Financement** : ..." and,
for the defended ones, "**Situation actuelle du docteur** : ..."; 70-71 wraps one of them over two lines);
blank lines separate the bullets.  Titles are in French or English and written in straight double quotes.
Entries (22): the defended theses; an entry runs from its bullet line to its last continuation line.
Not entries: the two theses in preparation (16, 19) -- ongoing thesis projects with working titles, not yet
written works -- and the ten jury bullets (118-136), which record the author's service as reviewer,
examiner or jury president and name a thesis or habilitation only by its candidate, with no title.
Title = the text between the first pair of double quotes, as written: the line-break hyphen "don- nées"
(44), the doubled words "genetic automata genetic automata" (81) and "strategic strategic" (85) and the
"?" in "Toward Organic Ambient Intelligences? EMMA" (60) are kept.  No arXiv ids or DOIs (one company link,
111).  22 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "cyrillebertelle__cyrillebertelleWP-fr___research__phdsupervision@5c1fdd9.md"
PART = "wild41_development"

BULLET = re.compile(r'^\* \*\*(?P<name>[^*]+)\*\*, "(?P<title>[^"]+)", ')


def main() -> None:
    lines = read_lines(NAME)
    heads = {n: t for n, t in enumerate(lines, 1) if t.startswith("### ")}
    assert heads == {14: "### thèses en préparation", 22: "### thèses soutenues",
                     113: "### Participation a des jurys de thèse et d’HDR (2018-2021)"}, heads
    papers = []
    prep = []
    for n, text in enumerate(lines, 1):
        m = BULLET.match(text)
        if not m:
            continue
        last = n
        while last < len(lines) and lines[last].strip() and not lines[last].startswith("* "):
            last += 1
        if n < 22:
            prep.append(n)
            continue
        assert n < 113 and "soutenue le" in text, n
        papers.append(entry(lines, n, last, m.group("title")))
    assert prep == [16, 19], prep
    jury = [n for n, t in enumerate(lines, 1) if n > 113 and t.startswith("* ")]
    assert len(jury) == 10 and not any(BULLET.match(lines[n - 1]) for n in jury), jury
    assert len(papers) == 22, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each defended PhD thesis under 'thèses soutenues' (22) is an entry from its '* **Name**, \"Title\", ...' "
        "bullet to its last '**Financement**'/'**Situation actuelle du docteur**' continuation line; title = the "
        "first double-quoted text as written; the two theses in preparation and the ten jury-participation "
        "bullets (no titles) are not entries.",
        "Read all 141 lines: the three section heads, every defended bullet's title boundary and end line against "
        "the -v output (titles with ':' 32, 36, 68; '?' 60; '-' 85, 105; the hyphen artifact 44; the doubled words "
        "81, 85; the two-line continuation 70-71; bullets without 'début de thèse' 73-109), the two in-preparation "
        "bullets (16, 19) and the ten jury bullets (118-136); count 22 matches the page's own 'vingt-deux'.",
    )


if __name__ == "__main__":
    main()
