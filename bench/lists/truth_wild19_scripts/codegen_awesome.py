"""Wild19 truth for LIANGQINGYUAN/awesome_codegeneration README: nickname-prefixed link bullets
'- Nickname: [Title](url), year' with optional indented '<details>' abstract cards.

Shape: a TOC of anchor links (not entries), then '# Code Generation' (dataset sections, technique
sections, a Tools section) and '# Code Understanding' (datasets, techniques).  Most bullets are
'- Name: [Title](url), venue/year'; some have no nickname ('- [Title](url), AAAI20'); some are
followed by an indented '<details><summary>abstract</summary>...</details>' card, which belongs
to the bullet (the entry runs to '</details>').

Entries: every '[Title](url)' link of a '- ' bullet outside the TOC and the Tools section.  Two
bullets of the Text-to-SQL datasets (ATIS, GeoQuery, lines 40-41) name two papers each
('...](url),1990; [...](url), 2017'): two entries on the same line, each with the ids of its
own half of the line.  The BigCloneBench bullet (a dataset name without a link) has two
sub-bullets 'provided by:' / 'filtered by:' each naming one paper: one entry per sub-bullet, on
its own line (the details card under it belongs to the dataset bullet).  Title = the link text
as written (one typo 'Source Cod' kept).  Not entries: the TOC, the four Tools bullets
(Copilot, Tabnine, CodeWhisperer, Captain Stack), the closing remarks.
Count checks: 8 + 19 + 1 + 8 (Code Generation: imperative datasets, Text-to-SQL incl. two
double bullets, architectures, pretrained models) + 2 + 1 + 9 (Code Understanding) = 48.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "LIANGQINGYUAN__awesome_codegeneration__README@626c1b7.md"
LINES = read_lines(NAME)
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def main() -> None:
    papers = []
    h1 = h2 = None
    per: dict[str, int] = {}
    for i, text in enumerate(LINES, 1):
        if text.startswith("# "):
            h1 = text[2:].strip()
            continue
        if text.startswith(("## ", "### ")):
            h2 = text.lstrip("#").strip()
            continue
        if h1 is None or h2 == "Tools" or h1 == "End":
            continue
        if not re.match(r"( {2})?- ", text):
            continue
        links = LINK.findall(text)
        if not links:
            assert text.strip() == "- BigCloneBench", text
            continue
        end = i
        if text.startswith("- ") and i < len(LINES) and LINES[i].strip() == "<details>":
            j = i
            while LINES[j - 1].strip() != "</details>":
                j += 1
            end = j
        if len(links) == 1:
            papers.append(entry(LINES, i, end, links[0][0]))
        else:
            assert len(links) == 2 and ";" in text, text
            halves = text.split(";")
            for (title, _url), half in zip(links, halves):
                e = entry(LINES, i, end, title)
                e["arxiv"], e["doi"] = arxiv_of(half), doi_of(half)
                papers.append(e)
        key = f"{h1}/{h2}"
        per[key] = per.get(key, 0) + len(links)
    assert per == {
        "Code Generation/Dataset for imperative programming language generation": 8,
        "Code Generation/Dataset for Text-to-SQL generation": 19,
        "Code Generation/Generation architectures": 1,
        "Code Generation/Pretrained models": 8,
        "Code Understanding/Datasets": 3,
        "Code Understanding/Variable representation": 2,
        "Code Understanding/Code representation": 1,
        "Code Understanding/Code and comment": 1,
        "Code Understanding/Understanding with GNNs": 2,
        "Code Understanding/Understanding with pre-trained models": 3,
    }, per
    assert len(papers) == 48
    write_truth(NAME, "wild19_development", papers,
                "every [Title](url) link of a list bullet outside the TOC and Tools sections is an entry, title = the link"
                " text (the 'Nickname:' prefix and the trailing venue/year dropped); a bullet naming two papers gives two"
                " entries on the same line with the ids of each half; an indented <details> abstract card belongs to the"
                " bullet above it; the BigCloneBench sub-bullets are one entry each",
                "all 48 entries against the file line by line (titles, the two double bullets' per-half ids, the four"
                " details-card ranges, BigCloneBench sub-bullets, the ACM DOI with a casa_token query); per-section link"
                " counts by eye; TOC, Tools and closing lines left out")


if __name__ == "__main__":
    main()
