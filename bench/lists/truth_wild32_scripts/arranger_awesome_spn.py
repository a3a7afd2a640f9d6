"""Wild32 truth for arranger1044/awesome-spn README.md: the (discontinued) awesome list of
Sum-Product Network papers, a sub-field of tractable probabilistic models.

Shape: three kinds of records.
(1) "## Papers" (lines 61-519) lists every paper twice, once under "### Year" (#### 2020 ...
#### 2011) and once or more under "### Topics" (#### Survey, Weight Learning, ...): list items
`- [[Key](#key)] [**Title**](url) *Venue* [`tag`](#tag)` that wrap over 1-3 lines with varying
indentation.  Each item is one entry (repeats across sections are separate entries); the title
is the bold link text.  The citation-key link `[[Key](#key)]` and trailing backtick tags are not
part of it.  Special cases: Topics/Weight Learning Trapp2017 (lines 314-315) has an empty URL `()`;
Topics/Structure Learning DiMauro2017 (lines 353-354) puts a backtick tag before the title.
(2) "## Related Works" (lines 521-549): six more items of the same shape; Darwiche2003
(lines 525-527) has a broken link whose "URL" is a venue string wrapped over two lines.
(3) "## References" (lines 617-1090): a bibliography of `* <p id="key">` HTML blocks
`[Key]<br/> _Authors_<br/> **Title**<br/> Venue</p>`, authors and title sometimes wrapped
(lines 750-751, 927-928); each block is one entry, and so is Jaini2018b (lines 759-762), whose
block lost its `* <p id=...>` opener and starts at its `[Jaini2018b]<br/>` line.  Title = the block's bold text (line 978 writes
`** Sum-Product-Quotient Networks**` with a space inside the opening marker).  Venue lines such as
`arxiv.org/abs/1604.07243` and `arXiv:1901.03704` give arXiv ids; `arXiv/1411.7717` (line 807)
is no recognised id form and is left without one.
Not entries: the Discontinued notice, table of contents, "### Dataset" (a dataset collection),
"### Code" (code repositories, even when they cite a paper key), "### Talks and Tutorials" and
"### Blog Posts".
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "arranger1044__awesome-spn__README@f231424.md"
PART = "wild32_development"


def main() -> None:
    lines = read_lines(NAME)
    n = len(lines)
    papers = []
    resources = next(i for i, ln in enumerate(lines, 1) if ln.startswith("## Resources"))
    refs = next(i for i, ln in enumerate(lines, 1) if ln.startswith("## References"))
    # (1)+(2): list items in Papers and Related Works
    i = 1
    while i < resources:
        if re.match(r"\s*- \[\[", lines[i - 1]):
            j = i
            while j + 1 < resources and lines[j].strip() and not re.match(r"\s*(- |#|<div)", lines[j]):
                j += 1
            text = " ".join(x.strip() for x in lines[i - 1 : j])
            m = re.search(r"^- \[\[[^\]]*\]\([^)]*\)\]\s*(?:`[^`]*`\s*)?\[\*\*(.+?)\*\*\]", text) or re.search(
                r"^- \[\[[^\]]*\]\([^)]*\)\]\s*\[([^\]]+)\]\(", text)
            assert m, (i, text)
            papers.append(entry(lines, i, j, m.group(1)))
            i = j + 1
        else:
            i += 1
    # (3): References blocks
    i = refs
    while i <= n:
        if lines[i - 1].startswith("* <p id=") or re.match(r"\[\w+\]<br/>$", lines[i - 1]):
            j = i
            while "</p>" not in lines[j - 1]:
                j += 1
            text = " ".join(x.strip() for x in lines[i - 1 : j])
            m = re.search(r"\*\*\s*(.+?)\*\*<br/>", text)
            assert m, (i, text)
            papers.append(entry(lines, i, j, m.group(1)))
            i = j + 1
        else:
            i += 1
    assert len(papers) == 289, len(papers)
    write_truth(NAME, PART, papers,
                "Every key-tagged list item under Papers (Year and Topics, repeats kept) and Related Works is one entry titled by its bold link text, and every <p id> block of the References bibliography is one entry titled by its bold text; Code, Dataset, Talks and Blog Posts are not entries.",
                "Year section and Related Works checked item by item; first/last and all multi-line items of each Topics subsection; References first/last, wrapped blocks (750, 830, 927), the opener-less Jaini2018b block (759) and line 978; random sample of 25 more; ids checked against the lines.")


if __name__ == "__main__":
    main()
