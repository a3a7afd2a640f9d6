"""Wild5 truth for WenkeHuang/Awesome-MLLM-Tuning README.md: an awesome list of multimodal LLM tuning
papers (selective, additive and reparameterization tuning), companion of the authors' survey.

Shape: '### Selective Tuning' / '### Additive Tuning' / '### Reparameterization Tuning', each with
'####' subsections holding one table '| Time | Title | Venue | Paper | Code |': the Title cell is the
bold title, Venue a tag like "ICLR'24", Paper and Code cells '[link](url)' or '-'.  Six tables, every
data row an entry (title = the bold Title cell; ids from the row's own Paper link).  Then
'## Citation' (a ```bibtex block of four entries) and '## Relevant Projects' ('[n] Title - Venue year
[[Link](url)][[Code](url)]' paragraphs, three).
Decisions: the bold survey title in the header (line 7) is the list's own description, not an entry;
in the BibTeX block the first entry (MLLMTuning_arXiv25) is the list's own survey (boilerplate
'cite our work', not an entry), the other three (LoRASculpt, Catch Your Emotion, the LVLM safety
survey) are other papers of the group and are entries (title = the title field), as are the three
'Relevant Projects' paragraphs (title = text between '[n] ' and ' - Venue year').  Repeats of the same
paper (Twin-Merging in two tables, LoRASculpt in a table, the BibTeX and the projects) stay separate.
Count check: rows per table 11, 8, 11, 19, 12, 14 (grep -c '^| 20[0-9][0-9]\\.' = 75 and per-range
counts) + 3 BibTeX entries + 3 project paragraphs = 81.
Ids come from the helper: the safety survey's BibTeX 'eprint={2502.14881}' with archivePrefix arXiv is
not one of the id forms the conventions name, so that BibTeX entry has no arXiv id.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "WenkeHuang__Awesome-MLLM-Tuning__README@8f4a897.md"
PART = "wild5_development"
PER = [11, 8, 11, 19, 12, 14]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per: list[int] = []
    in_bib = False
    bib_start = 0
    bib_title = None
    bib_key = None
    n_bib = 0
    n_proj = 0
    for i, text in enumerate(lines, 1):
        if text.startswith("| Time"):
            per.append(0)
            continue
        m = re.match(r"\| (\d{4}\.\d{2}) \| \*\*(.+?)\*\* \|", text)
        if m:
            per[-1] += 1
            papers.append(entry(lines, i, i, m.group(2)))
            continue
        if text.startswith("```bibtex"):
            in_bib = True
            continue
        if in_bib:
            if text.startswith("```"):
                in_bib = False
                continue
            mk = re.match(r"@\w+\{([^,]+),", text)
            if mk:
                bib_start, bib_key, bib_title = i, mk.group(1), None
                continue
            mt = re.match(r"\s*title\s*=\s*\{(.+)\},\s*$", text)
            if mt:
                bib_title = mt.group(1)
                continue
            if text == "}":
                assert bib_title, i
                if bib_key != "MLLMTuning_arXiv25":  # the list's own survey
                    papers.append(entry(lines, bib_start, i, bib_title))
                    n_bib += 1
                continue
            continue
        mp = re.match(r"\[(\d)\] (.+?) - (?:CVPR|ICML|arXiv) 2025 \[\[Link\]", text)
        if mp:
            n_proj += 1
            papers.append(entry(lines, i, i, mp.group(2)))
    assert per == PER, per
    assert n_bib == 3 and n_proj == 3, (n_bib, n_proj)
    assert len(papers) == 81
    write_truth(NAME, PART, papers,
                "every data row of the six Time/Title/Venue/Paper/Code tables is an entry (title = the bold"
                " Title cell), plus the three 'Relevant Projects' paragraphs (title before ' - Venue year') and"
                " three of the four BibTeX entries (title field); the BibTeX entry of the list's own survey and"
                " the header's bold survey title are not entries",
                "rows counted per table (11+8+11+19+12+14 = 75, grep of '| 20yy.mm |' rows = 75), BibTeX and"
                " project entries counted by eye (3+3); all 81 titles read against the file")


if __name__ == "__main__":
    main()
