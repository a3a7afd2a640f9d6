"""Wild26 truth for htqin/awesome-model-quantization README.md: an awesome list of model quantization papers.

Shape: two parts.
(a) Four cards, one per '###' heading under '## Benchmark' and '## Survey_Papers' (BiBench 34-49,
    MQBench 51-66, Survey_of_Binarization 70-87, Survey_of_Quantization 89-104): a prose line
    naming the paper in bold ('The paper **Title** (_Venue_) is ...'), a bold title line with
    '[[Paper](arxiv)] [[Project](...)]' links, an authors line (some names linked), a BibTeX
    block inside '<details><summary>Bibtex</summary><pre><code>...</code></pre></details>'
    and, for three of them, a figure '![survey](./Imgs/...png)'.  The BibTeX block belongs to
    its card (not a separate entry).  Title = the bold title line (38, 55, 74, 93).
(b) 520 one-line bullets under '### 2024' ... '### 2015', written
    '- [[Venue](url)] Title [[code](url)]![GitHub Repo stars](https://img.shields.io/github/stars/...)'
    with variants after the title: keyword tags '[**`bnn`**]', '[ **`qnn`** ]' (line 444), '[__`hardware`__]', framework links
    '[[torch](...)]', '[[tensorflow](...)]', hand-written star counts '[721⭐]', '[192:star:]',
    HTML comments '<!--citation 2-->', single-bracket code links ('[**`bnn`**][code](...)]' on
    lines 285 and 323, '[code](...)' on line 654).  56 older bullets (2015-2020) put a citation
    count before the title ('[270:fire:] ', '[1.7k:fire:] '), dropped.  Title = the text after
    the venue link (and fire count) up to the first of these.  Special cases: line 365 writes the venue as
    '[[NeurIPS]](url)'; line 452 has no space after the venue link ('...pdf)]PROFIT: ...');
    a closing '.' after the title (e.g. lines 365, 452) is dropped.  Some papers are listed twice
    (BinaryDM lines 117 and 119; Any-Precision LLM lines 125 and 132): separate entries.
Not entries: the 'Efficient_AIGC_Repo' paragraph and bare repository URL (lines 28-30), the
keyword legend (108), table of contents.
Count check: 4 cards + 520 bullets ('- [[' lines; grep) = 524 entries; 56 ':fire:' prefixes;
243 with an arXiv id (arxiv.org abs/pdf and browse.arxiv.org, line 152), 17 with a DOI (Springer,
ACM and MDPI URLs).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "htqin__awesome-model-quantization__README@76b053b.md"
PART = "wild26_development"
CARDS = [(34, 49, 38), (51, 66, 55), (70, 87, 74), (89, 104, 93)]
BULLET = re.compile(r"- \[\[[^\]]*\](?:\([^)]*\)\]|\]\([^)]*\))\s*(.*)$")
TITLE_END = re.compile(r"\s*(?:\[\[|\[ ?\*\*|\[__|!\[|\[[\d.]+k?(?:⭐|:star:)\]|\[code\]\(|<!--)")
FIRE = re.compile(r"\[[\d.]+k?:fire:\]\s*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last, tline in CARDS:
        assert lines[first - 1].startswith("### "), first
        m = re.match(r"\*\*(.+?)\*\* \[\[Paper\]", lines[tline - 1])
        assert m, tline
        assert "<details><summary>Bibtex</summary>" in "\n".join(lines[first - 1:last])
        papers.append(entry(lines, first, last, m.group(1)))
    bullets = 0
    fires = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("- [["):
            continue
        bullets += 1
        m = BULLET.match(text)
        assert m, i
        rest = m.group(1)
        fire = FIRE.match(rest)
        if fire:
            fires += 1
            rest = rest[fire.end():]
        end = TITLE_END.search(rest)
        title = (rest[:end.start()] if end else rest).strip()
        assert title and "](" not in title and "`" not in title, (i, title)
        title = title.removesuffix(".")
        papers.append(entry(lines, i, i, title))
    assert bullets == 520 and fires == 56, (bullets, fires)
    assert len(papers) == 524, len(papers)
    write_truth(NAME, PART, papers,
                "each of the four heading cards (bold title line, authors, BibTeX in <details>, figure) is one"
                " entry titled by its bold title line; each '- [[Venue](url)] Title ...' bullet is an entry,"
                " title = text after the venue link (and a '[N:fire:]' count) up to the first code link, keyword tag, star badge, star"
                " count or HTML comment, closing '.' dropped",
                "the four cards, the first and last bullet of each year section, lines 365 and 452, every bullet"
                " whose title ends in '.' or is followed by a tag/comment/star count (grep), and a sample of 25"
                " bullets compared with the -v output; arXiv ids checked on browse.arxiv.org, '.pdf' and"
                " non-arXiv venue links (CVF, ECVA, NeurIPS virtual pages: none)")


if __name__ == "__main__":
    main()
