"""Wild3 truth for Open-Data-Science-at-SIO/RRROBOTS PAPERS.md: an ecology group's papers-to-reproduce list.

No list markup: one reference paragraph per paper ('Authors. "Title" Journal vol: pages (Year).
http://…'), paragraphs separated by blank lines, under '## Tentative List of Papers for
Reproduction' and '## Readings'.  Some paragraphs put the URL(s) on their own following lines
(Dakos: one URL line; MacDonald: bioRxiv and zenodo URL lines), which belong to the paragraph.
Every paragraph is an entry except Kitzes et al. (Eds.) 'The Practice of Reproducible Research'
(a book, University of California Press).  The last line is a bare URL paragraph
(ifosslr.org/ifosslr/article/view/30/64, an article page of a law journal), counted as an entry
with title null since it names no title.  The Sunagawa paper appears twice (once in Nature
style without quotes: 'Ocean plankton. Structure and function of the global ocean microbiome.',
its PubMed title, kept whole); both are entries.  Title = the text inside the straight double
quotes (final '.' dropped).  DOIs from URLs that hold one (plos article?id=10.1371/…, wiley
/doi/… with '/full' or '/abstract' dropped); the Wiley 'store/10.1111/ecog.01892/asset/….pdf'
URL gives 10.1111/ecog.01892 (the asset path is not part of the DOI).  One arXiv id (1609.00037).
"""
import re

from _wild3 import entry, read_lines, write_truth

NAME = "Open-Data-Science-at-SIO__RRROBOTS__PAPERS@fba5998.md"
PART = "wild3_development"


def main() -> None:
    lines = read_lines(NAME)
    blocks: list[tuple[int, int]] = []
    i = lines.index("## Tentative List of Papers for Reproduction") + 1
    while i <= len(lines):
        text = lines[i - 1]
        if not text.strip() or text.startswith(("#", "*NOT FINAL")):
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].strip() and not lines[j].startswith("#"):
            j += 1
        blocks.append((i, j))
        i = j + 1
    papers = []
    for first, last in blocks:
        own = " ".join(lines[first - 1:last])
        if "The Practice of Reproducible Research" in own:
            continue  # edited book
        m = re.search(r'"([^"]+)"', own)
        if m:
            title = m.group(1)
        elif own.startswith("Sunagawa, S. et al."):
            title = "Ocean plankton. Structure and function of the global ocean microbiome."
            assert title in own
        else:
            assert re.fullmatch(r"https?://\S+", own.strip()), own
            title = None
        p = entry(lines, first, last, title)
        if p["doi"] == "10.1111/ecog.01892/asset/ecog1892":
            p["doi"] = "10.1111/ecog.01892"
        papers.append(p)
    write_truth(
        NAME, PART, papers,
        "every blank-line-separated reference paragraph (with its own URL lines) under the two list headings is"
        " an entry except the edited book; title = the double-quoted title (the unquoted Sunagawa duplicate"
        " keeps 'Ocean plankton. …' as written); the final bare-URL line is an entry with title null",
        "all 16 entries one by one against the file (titles, the multi-line Dakos and MacDonald paragraphs,"
        " the duplicated Sunagawa paper, the Kitzes book left out, the bare ifosslr URL); second count by"
        " grep of closing-year/URL paragraphs (15 quoted-title paragraphs - 1 book + 1 unquoted Sunagawa + 1 bare URL = 16); DOIs"
        " from plos/wiley URLs incl. the Wiley store URL trimmed to 10.1111/ecog.01892; arXiv 1609.00037",
    )


if __name__ == "__main__":
    main()
