"""Wild4 truth for HeXuPKU/daily-paper-reader docs/202604/02/README.md: a Chinese daily paper digest
('日报 · 2026-04-02') written by the daily-paper-reader tool.

Layout: a header list (generation time, counts: 73 recommended, 61 精读 / 12 速读), a
'## 今日简报（AI）' brief of four bullets, then '## 精读区' (items 1-61) and '## 速读区' (items 1-12),
one paper a numbered item: 'N. [Title](/202604/02/<slug>) （score/10）'.
Every numbered item is an entry; title = the link text, as written (e.g. item 19's run-together
'predictsphenotype' is kept; item 20 is the same paper's next version and is its own entry).
Decisions:
- The brief's bullets name papers in 《…》 with scores ('- 精读：《Dialogue to Question …》（10.0/10）,
  《CarePilot …》'); they are an AI summary repeating items listed below, not records of the list,
  so they are not entries.
- Ids: the links are site-relative slugs ('2603.23937v1-dialogue-to-…', or
  'biorxiv-10-1101-2024-12-18-628606-v3-…' for 20 bioRxiv items).  They are neither arXiv URLs
  nor literal DOIs, so arxiv and doi stay null for every entry (the slug's id is not an arXiv
  link form; the bioRxiv DOI is mangled with '-' for '/' and '.').
- Same paper listed twice (versions v1/v2 as separate items) = separate entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild4 import entry, read_lines, write_truth

NAME = "HeXuPKU__daily-paper-reader__docs__202604__02__README@dab1fbf.md"
PART = "wild4_development"

ITEM = re.compile(
    r"(\d+)\. \[([^\]]+)\]\(/202604/02/(?:\d{4}\.\d{5}v\d+|biorxiv-[0-9v-]+)-[a-z0-9-]+\) （\d+\.\d/10）"
)


def main() -> None:
    lines = read_lines(NAME)
    deep = lines.index("## 精读区") + 1
    fast = lines.index("## 速读区") + 1
    papers = []
    nums = {"deep": [], "fast": []}
    for i, text in enumerate(lines, 1):
        if i <= deep:
            continue
        if re.match(r"\d+\. ", text):
            m = ITEM.fullmatch(text)
            assert m, (i, text)
            nums["fast" if i > fast else "deep"].append(int(m.group(1)))
            p = entry(lines, i, i, " ".join(m.group(2).split()))
            p["arxiv"] = None  # slug, not an arXiv link (entry() already gives None; kept explicit)
            p["doi"] = None
            papers.append(p)
    assert nums["deep"] == list(range(1, 62)) and nums["fast"] == list(range(1, 13)), nums
    assert len(papers) == 73
    write_truth(
        NAME, PART, papers,
        "every numbered '[Title](site slug) （score/10）' item under 精读区 and 速读区 is an entry, title = the link"
        " text; the AI brief's 《…》 mentions are not entries; slugs give no arXiv id or DOI",
        "61 + 12 = 73 items, numbered 1-61 and 1-12 in order, each matching one pattern (asserted), matching the"
        " header counts (73/61/12); 20 bioRxiv slugs and 53 arXiv-id slugs counted by grep; first/last item of"
        " each section, the v1/v2 duplicates, the bioRxiv items 17-21 and ~15 others compared with the file by eye;"
        " titles checked for markup (none)",
    )


if __name__ == "__main__":
    main()
