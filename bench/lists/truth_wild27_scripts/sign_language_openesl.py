"""Wild27 truth for Event-AHU/OpenESL paper_list.md: a sign language recognition/translation paper list.

Shape: '## Survey', '## Dataset' and '### Year 2025' ... '### Year 2020 and Before' sections of
'* ' bullets separated by blank lines (some blank lines hold only spaces).  Mostly
'* [Tag] **Title**, Authors' with the authors and '[[Paper](url)]' '[[Code](url)]' links on indented
continuation lines (sometimes unindented: lines 54-56, 90, 273, 298, 301, 308, 311, 320), or all on
one line; the tag is an arXiv id ('[arXiv:2410.19488]'), a venue ('[CVPR 2024]', '[AAAI-2024]',
'[CVPR18]') or a kind ('[Sign Language Recognition Dataset]').  Entry = one bullet with its
continuation lines up to the next blank line; title = the first bold span, markup, enclosing
double quotes and a final citation '.' removed.
Special cases:
- line 30: the title is two bold spans, '**SCOPE**: **Sign Language Contextual Processing ...**',
  joined as the file renders them ('SCOPE: Sign Language ...').
- lines 58, 60, 62, 64: dataset records '[CVPR18]**PHOENIX-2014-T** || **Neural Sign Language
  Translation** Authors [[Paper](...)] [[Dataset](...)], German, ...': the paper named after '||'
  is the entry's title (the dataset name before '||' is not).
- line 291: the bold span stops inside the title ('**A Sign Language Recognition System with
  Pepper, Lightweight-Transformer**, and LLM, JongYoon Lim, ...'); the title is the whole
  'A Sign Language Recognition System with Pepper, Lightweight-Transformer, and LLM', as the text
  reads (the authors start after the second comma).
- quoted titles: inside the bold (lines 53, 303, 305, 310: '**"Title."**') or around it (244, 286:
  '"**Title.**"'); author-first records with the bold title after the authors (185 'Lin X, ...
  **Spike-SLR: ...**[J]. 2024.', 286 '[RANLP 2023] Li, Jacky, et al. "**...**"'); the title of
  line 294 is followed by APA authors and 'arXiv preprint arXiv:2310.13960'.
- records without a paper link are entries all the same (a named paper): 38 and 141 (EvCSLR, code
  only; 141 has an empty '[[Paper]()]'), 322, 329, 331, 338, 340 (title and venue only).
- repeated papers are separate entries: 34/137 (Event Stream ... ), 38/141 (EvCSLR), 300/322
  (StepNet ... Sign Language Recognition).
- line 244 gives its DOI through 'dl.acm.org/doi/pdf/10.1145/3656046'.
Not entries: lines 67, 69, 71, 73 (datasets WLASL, NMFs-CSL, BOBSL, EventAHU_DVS346_CSL named with a
bare URL and statistics, no paper).
Count check: 88 lines start with '* ' = 84 entries + 4 dataset bullets; 57 entries give an arXiv id
(the other 27 link CVF, ECVA, ScienceDirect, NeurIPS, AAAI, HAL, ACL Anthology, ACM, or nothing).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "Event-AHU__OpenESL__paper_list@f31e679.md"
PART = "wild27_development"
DATASETS = {67, 69, 71, 73}
SPECIAL = {
    30: "SCOPE: Sign Language Contextual Processing with Embedding from LLMs",
    291: "A Sign Language Recognition System with Pepper, Lightweight-Transformer, and LLM",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("* "):
            continue
        bullets += 1
        if i in DATASETS:
            continue
        end = i
        while end < len(lines) and lines[end].strip() and not lines[end].startswith(("* ", "#")):
            end += 1
        if i in SPECIAL:
            title = SPECIAL[i]
        elif "||" in text:
            title = re.search(r"\|\|\s*\*\*(.+?)\*\*", text).group(1)
        else:
            title = re.search(r"\*\*(.+?)\*\*", text).group(1)
        title = title.strip().strip('"').strip()
        title = title.rstrip(".").strip()
        papers.append(entry(lines, i, end, title))
    assert bullets == 88, bullets
    assert len(papers) == 84, len(papers)
    n_arxiv = sum(1 for p in papers if p["arxiv"])
    assert n_arxiv == 57, n_arxiv
    write_truth(NAME, PART, papers,
                "every '* ' bullet (with its continuation lines) is an entry except four dataset bullets without a"
                " paper; title = the first bold span (the one after '||' in dataset records, two spans joined on"
                " line 30, the whole title past the bold on line 291), quotes and a final '.' removed",
                "all 84 entries read against the file: titles (quoted, author-first, tagged, dataset '||' records),"
                " entry spans (unindented continuation lines), arXiv ids from links and 'arXiv:' text, the ACM DOI,"
                " the no-link and empty-link records, and the 4 excluded dataset bullets")


if __name__ == "__main__":
    main()
