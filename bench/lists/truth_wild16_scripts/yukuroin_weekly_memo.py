"""Wild16 truth for yukuroin1/yukuroin1.github.io '[PaperSearch2021]/[paper]202106_2.md': a Japanese
weekly paper memo (2021, June week 2) written as Marp slides.  Theoretical / developmental biology and
translational medicine.

Shape: YAML front matter and an HTML comment of Marp settings, then one slide per paper.  A slide is
a bare '# ' heading line, a blockquote line '> Title | Journal' (the page title as copied from the
publisher's site: 'Title | Nature', 'Title | Development | The Company of Biologists', Cell Press
'Title: Developmental Cell', APS 'Phys. Rev. Lett. 126, 238101 (2021) - Title'), the URL on the next
line as '[url](url)', then Japanese bullet notes and a Japanese comment paragraph.

Entries: every '> ' line directly followed by a '[http...](http...)' line (20): the 19 slides, and one
related paper the author quotes the same way inside the comment of the acetaminophen slide (line 197,
'Liver homeostasis is maintained by midlobular zone 2 hepatocytes | Science', a record of its own with
its own link).  Line 234 starts with '> ' only because a sentence of notes wraps at '> 2' (N > 2): not
an entry (no link line after it).  Each entry spans the quote line and the link line.

Title: the quote text without the journal suffix: cut at the first ' | ' (site names after it), or
at a final ': Developmental Cell' / ': Neuron' (Cell Press page titles); for the two APS pages the
'Phys. Rev. X vol, page (year) - ' prefix is dropped.  Ids: bioRxiv and APS links carry DOIs;
nature.com article ids and sciencemag content paths are not DOIs.

Count check: 19 '# ' slide headings after the front matter (grep -c '^# $'), each followed by one
quoted title, plus the one quoted related paper = 20; of the 21 lines starting '> ', 20 are followed
by a link line (all but the wrapped notes line 234).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "yukuroin1__yukuroin1.github.io__[PaperSearch2021]__[paper]202106_2@3e6d470.md"


def title_of(quote: str) -> str:
    t = quote
    m = re.match(r"Phys\. Rev\. [A-Za-z. ]+ \d+, \d+ \(\d{4}\) - (.+)$", t)
    if m:
        return m.group(1)
    if " | " in t:
        return t.split(" | ")[0]
    m = re.match(r"(.+): (Developmental Cell|Neuron|Cell)$", t)
    if m:
        return m.group(1)
    return t


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("> "):
            continue
        nxt = lines[i] if i < len(lines) else ""
        if not re.match(r"\[https?://", nxt):
            continue
        papers.append(entry(lines, i, i + 1, title_of(text[2:].strip())))
    slides = sum(1 for ln in lines if ln == "# ")
    assert slides == 19, slides
    assert len(papers) == 20, len(papers)
    assert sum(1 for ln in lines if ln.startswith('> ')) == 21
    assert [p["line"] for p in papers if lines[p["line"] - 2] != "# "] == [197]
    write_truth(
        NAME, "wild16_development", papers,
        "every '> Title | Journal' quote line followed by its '[url](url)' line is an entry (19 slides and"
        " one related paper quoted in a comment); title = the quote without the journal/site suffix"
        " (' | ...', ': Developmental Cell', ': Neuron') or the APS 'Phys. Rev. ... (2021) - ' prefix",
        "all 20 entries one by one against the file (titles, the Development/Company of Biologists, Cell"
        " Press and APS page-title forms, the quoted related paper at line 197), the wrapped '> 2' notes"
        " line 234 (not an entry), and the DOI of the bioRxiv and APS links",
    )


if __name__ == "__main__":
    main()
