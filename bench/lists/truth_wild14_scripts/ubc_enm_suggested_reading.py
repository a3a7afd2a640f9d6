"""Wild14 truth for Roseanna329/UBC-ENM-Workshop-Fall-2016 Resources/Suggested_Reading.md (ecology).

Shape: a niche-modelling workshop's suggested reading, sections under italic '### *Topic*'
headings, one APA reference per paragraph ('Authors (Year). Title. Journal, vol(issue), pages.'),
blank line between paragraphs, no links, no bullets, no ids.  Three closing sections only say
'*Coming soon*'.

Entry: every reference paragraph (a line opening with an author surname and holding '(YYYY).'),
except the first section's book (Peterson et al. 2011, 'Ecological niches and geographic
distributions (p. 314). Princeton University Press.'), which is a book, not an entry.  Two papers
appear in two sections (Verbruggen et al. 2013, Thibaud et al. 2014): an entry each time.
Title: the text after '(YYYY). ' up to the '. ' that opens the journal name (the journal names
are listed here by hand, since some titles hold '?', 'et al. (2007)' or a parenthesised species
name); the final '.' is a separator, a '?' is kept.

Counts: 26 paragraphs with '(YYYY).' (grep), minus the book = 25; per section 5 + 9 + 4 + 4 + 3.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "Roseanna329__UBC-ENM-Workshop-Fall-2016__Resources__Suggested_Reading@6568951.md"
JOURNALS = [
    "Evolution; International Journal of Organic Evolution", "Diversity and Distributions",
    "Journal of Biogeography", "Proceedings of the National Academy of Sciences", "Ecography",
    "Ecological Modelling", "PloS One", "Journal of Applied Ecology", "Methods in Ecology and Evolution",
    "Trends in Ecology & Evolution",
]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_section: dict[str, int] = {}
    section = ""
    for i, text in enumerate(lines, 1):
        if text.startswith("### "):
            section = text.strip("#* ")
            continue
        m = re.match(r"[A-Z].*?\(\d{4}\)\. (.+)$", text)
        if not m:
            continue
        rest = m.group(1)
        if "Princeton University Press" in rest:
            continue  # the book of the overview section
        cuts = [rest.find(sep + j) for j in JOURNALS for sep in (". ", "? ") if sep + j in rest]
        assert cuts, (i, rest)
        cut = min(cuts)
        title = rest[:cut] + ("?" if rest[cut] == "?" else "")  # '?' is part of the title, '.' is not
        papers.append(entry(lines, i, i, title))
        per_section[section] = per_section.get(section, 0) + 1
    assert len(papers) == 25, len(papers)
    assert list(per_section.values()) == [5, 9, 4, 4, 3], per_section
    write_truth(
        NAME, "wild14_development", papers,
        "every APA reference paragraph ('Authors (Year). Title. Journal, ...') is an entry except the"
        " overview's book (Peterson et al. 2011, Princeton University Press); title = text between"
        " '(Year). ' and the '. ' before the journal name; repeated papers in two sections count twice",
        "all 25 titles read against the file, the journal cut for titles holding '?', 'et al. (2007)' and"
        " '(Dasypus novemcinctus)'; counts per section 5/9/4/4/3 by eye and grep of '(YYYY).' lines (26 with the book)",
    )


if __name__ == "__main__":
    main()
