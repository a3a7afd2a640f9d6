"""Wild15 truth for October2001/Awesome-KV-Cache-Compression README.md: numbered bold-link items with star badges.

Shape: a centred <div> logo and a <div> of badges, News / Notice, then '## ⚙️ Project', '## 📷 Survey',
'## 🔍 Method' with eight '### N️⃣ ...' subsections, and '## 📊 Evaluation'.  Each item is one
numbered line '1. [**Title.**](url) *Authors.* Venue Year. [![GitHub Repo stars](shields)](github)'
(numbering restarts in each section; some items have two spaces after the number).  One item
(TaDA, lines 329-330) breaks inside its author list and ends on the next line '.* ACL 2025
Industry Track.'.

Entry: every numbered item of Survey, Method and Evaluation that links a paper.  Not entries: the
two Project items (kvpress, KVCache-Factory: code repositories, each with a '*' description
bullet) and Evaluation item 5 'NexusQuant.' (links only a GitHub repository).  ArkVale links its
paper PDF hosted on GitHub and CaM an OpenReview page: both entries.  Title: the bold link text
without its closing '.'.  Lines: the item's line (two lines for TaDA).  Ids come from the item:
the title link comes first (arXiv for almost all); GEAR's link 'arxiv.org/abs/203.05527' is malformed
(a digit missing), so it gives no id.  A title may start with brackets ('[CLS] Attention is All You
Need ...'): they are the title's own text.

Counts: 164 lines match '^[0-9]+\\. ' (grep), minus the two Project items and NexusQuant = 161;
per section (awk count of numbered lines under each heading, and the script checks each section's
numbers run 1..n): Project 2, Survey 3, Pruning / Evicting / Sparse 95, Merging 11, Cross-Layer 9,
Low-Rank 10, Quantization 18, Prompt Compression 6, Reuse 1, Non-Autoregressive 3, Evaluation 6.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "October2001__Awesome-KV-Cache-Compression__README@1cdb974.md"
PART = "wild15_development"

ITEM = re.compile(r"^(\d+)\. +\[\*\*(.+?)\*\*\]\((\S+?)\)")
NOT_PAPERS = {24: "kvpress.", 27: "KVCache-Factory.", 382: "NexusQuant."}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers: dict[str, list[int]] = {}
    section = ""
    for i, t in enumerate(lines, 1):
        if t.startswith("#"):
            section = t.lstrip("#").strip()
        if not re.match(r"^\d+\. ", t):
            continue
        m = ITEM.match(t)
        assert m, (i, t[:80])
        numbers.setdefault(section, []).append(int(m.group(1)))
        if i in NOT_PAPERS:
            assert m.group(2) == NOT_PAPERS[i] and "github.com" in m.group(3), i
            continue
        last = i
        while lines[last].strip() and not re.match(r"^\d+\. ", lines[last]):
            last += 1  # continuation lines (only TaDA's '.* ACL 2025 Industry Track.')
        papers.append(entry(lines, i, last, m.group(2)))
    for sec, nums in numbers.items():
        assert nums == list(range(1, len(nums) + 1)), (sec, nums)
    counts = {k: len(v) for k, v in numbers.items()}
    assert list(counts.values()) == [2, 3, 95, 11, 9, 10, 18, 6, 1, 3, 6], counts
    assert sum(counts.values()) == 164
    assert len(papers) == 161
    assert [(p["line"], p["end"]) for p in papers if p["end"] != p["line"]] == [(329, 330)]
    write_truth(NAME, PART, papers,
                "every numbered item of Survey, Method and Evaluation that links a paper is an entry (not the two"
                " Project code repositories nor the NexusQuant repository), title = the bold link text without its"
                " closing '.'; one item continues on a second line",
                "grep count of numbered items (164 - 3 repositories = 161), per-section numbering 1..n, the non-arXiv"
                " links (ArkVale PDF on GitHub, CaM OpenReview, the three repositories), the TaDA continuation line, GEAR's malformed arXiv link, the '[CLS]' title,"
                " 25 titles read against the file (\"LLM' s\", titles with '?', ':' and '&')")


if __name__ == "__main__":
    main()
