"""Wild6 truth for Event-AHU/Medical_Image_Analysis pretrain_paper_list.md: a lab's list of papers on
medical vision-language pre-training and foundation models (radiology, pathology), in mixed
citation styles.

Shape: an empty '##' heading, then '### Evaluation Benchmark', '### Survey and Review' and
'### Year 2025' ... '### Year 2021' sections of '* ' bullets, one per paper, separated by blank
lines, followed by about a hundred blank lines.  The paper's title is always in bold, but the record
around it varies:
  - '* [Tag] **Title**, Authors' with an optional bracketed venue or arXiv tag ('[AAAI-24]',
    '[arXiv:2408.03361]', '[[arXiv:2509.06830]()]', '[CVPR 2024]'), the authors on the same line or
    on an indented next line, sometimes no authors;
  - author-first references with the bold title in quotes, either '"**Title.**"' or
    '**"Title."**', then the venue ('Chen, Jieneng, et al. "**...**" arXiv preprint ...'), once with
    the authors alone on the bullet line and the quoted bold title on the next line;
  - '**Title**. Authors (2023). arXiv preprint ...' (APA-like, title first);
  - one with a nickname outside the bold ('[ACMMM-2022] ARL: **Align, Reason and Learn: ...**').
Below each record come indented link lines '[[Paper](url)]', '[[Code](url)]', '[[Project]...]',
'[[Github]...]', Hugging Face model links, an empty '[[]()]' or '[[Code]()]'; one link line is not
indented (a lazy continuation of the item).  Two bullets are empty ('* ' under Year 2023 and Year
2021).

Entry: every non-empty '* ' bullet (all 62 hold a bold title); its lines run from the bullet line
through the following non-blank lines (link lines included) up to the first blank or
whitespace-only line.  Title: the first bold span of the entry, with the quotes around it and a
final '.' removed (the helper drops the final '.'); the 'ARL:' nickname outside the bold is a tag
and not part of the title.  Benchmark and survey papers are entries; the MedKLIP record links only a
project page and GitHub (no paper link) and is still an entry (its subject is the ICCV-2023 paper).
Ids from the entry's own lines: bracketed 'arXiv:' tags and 'arXiv preprint arXiv:...' text count as
written, as do the link lines.

Counts: Evaluation Benchmark 6, Survey and Review 9, Year 2025 2, Year 2024 23, Year 2023 20 (plus
one empty bullet), Year 2022 2, Year 2021 0 (one empty bullet); 62 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "Event-AHU__Medical_Image_Analysis__pretrain_paper_list@131e5ec.md"
PART = "wild6_development"

EXPECTED = {
    "### Evaluation Benchmark": 6,
    "### Survey and Review": 9,
    "### Year 2025": 2,
    "### Year 2024": 23,
    "### Year 2023": 20,
    "### Year 2022": 2,
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: dict[str, int] = {}
    empty = 0
    section = None
    for i, text in enumerate(lines, 1):
        if text.startswith("#"):
            section = text.strip()
            continue
        if not text.startswith("* "):
            continue
        if not text[2:].strip():
            empty += 1
            continue
        last = i
        while last < len(lines) and lines[last].strip() and not lines[last].startswith(("* ", "#")):
            last += 1
        own = "\n".join(lines[i - 1 : last])
        m = re.search(r"\*\*(.+?)\*\*", own, re.DOTALL)
        assert m, (i, own)
        title = m.group(1).strip().strip('"“”').strip()
        assert len(title) > 15 and "**" not in title, (i, title)
        papers.append(entry(lines, i, last, title))
        counts[section] = counts.get(section, 0) + 1
    assert counts == EXPECTED, counts
    assert empty == 2
    assert len(papers) == 62
    write_truth(NAME, PART, papers,
                "every non-empty '* ' bullet is an entry (bullet line through its contiguous link lines); title ="
                " the first bold span, quotes around it and a final '.' removed; the two empty bullets are not"
                " entries",
                "bullets counted per section with awk (64 bullets, 2 empty), every title read against its record"
                " (tag-first, author-first quoted, APA-like and nickname records), the bullet whose title is on its"
                " second line, the unindented link line and the MedKLIP record without a paper link looked at")


if __name__ == "__main__":
    main()
