"""Wild5 truth for ymphys/DailyArxiv reports/report_2025-12-03.md: a generated daily arXiv digest that
clusters the day's papers by topic (Chinese, LLM-written), not a list of linked papers.

Shape: '# Daily ArXiv Research Digest — 2025年12月03日', an '## Overview' of four count bullets, then
one '## 🪐 Cluster N: topic' section per cluster (10) with '### 🔍 Summary', '### 🎯 Research
Question', '### 🧪 Methods' and '### 📈 Trends' (prose or '- ' bullets of Chinese prose), '### 🏷
Keywords' (code spans) and '### 🌿 Subclusters': '#### 🔹 Subcluster N-X  (k papers)', a
'**Summary:** (no summary available)' line, '**Sample papers:**' and one to three '- Title' bullets
(clusters 3 and 7 have no Subclusters section).  The Sample papers bullets are the only records naming a paper: 34 entries, one line each, title =
the bullet text as written (LaTeX '$\\infty$', '$KK$' kept).  No links, no ids anywhere in them.
The Overview, Methods and Trends bullets, keywords and cluster headings are not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "ymphys__DailyArxiv__reports__report_2025-12-03@a954c46.md"
PART = "wild5_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_samples = False
    per_cluster: dict[str, int] = {}
    cluster = None
    for i, text in enumerate(lines, 1):
        if text.startswith("## 🪐 Cluster "):
            cluster = text.split(":")[0]
        if text == "**Sample papers:**":
            in_samples = True
            continue
        if in_samples and text.startswith("- "):
            papers.append(entry(lines, i, i, text[2:]))
            per_cluster[cluster] = per_cluster.get(cluster, 0) + 1
            continue
        if text.strip():
            in_samples = False
    assert sum(1 for t in lines if t == "**Sample papers:**") == 17
    assert len(papers) == 34, len(papers)
    assert len(per_cluster) == 8  # clusters 3 and 7 have no subclusters
    assert not any(re.search(r"https?://", lines[p["line"] - 1]) for p in papers)
    write_truth(NAME, PART, papers,
                "every '- Title' bullet under a '**Sample papers:**' line of a subcluster is an entry (one line), title ="
                " the bullet text; overview counts, Methods/Trends prose bullets and keywords are not entries",
                "all 17 Sample papers blocks and their 34 bullets (awk count), in 8 of the 10 clusters (3 and 7 have no subclusters),"
                " every title against the file; the other 29 '- ' bullets (overview, methods, trends) checked as prose")


if __name__ == "__main__":
    main()
