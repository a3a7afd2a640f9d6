"""Wild31 truth for jiabingyang01/llm-paper-notes README.md: a personal index of LLM/VLA paper reading notes (Chinese).

Shape: intro, a category table (L14-L24, research directions, not papers), then `## 📚 已收录论文` with nested
`<details>`/`<summary>` blocks (some wrapped in `<blockquote>`), empty categories saying `> 暂无笔记`, and under
each sub-category bullets `- [NICK (YEAR)](papers/.../NICK_YEAR.md) — Chinese one-line summary`.  Then local
deployment instructions with two tool bullets (L348 Git, L349 Node.js) and code blocks.

Entry: every `- [... (YYYY)](papers/...)` bullet (139).  Each names its paper only by a short name or acronym and
the year (R³L, π₀.₅, "Token Pruning Survey", "DiffRL Data") and links only to the local note, so title is null
(a nickname is not a title) and there are no ids.  Not entries: the category table rows, `> 暂无笔记`
placeholders, summaries, the Git/Node.js bullets, the naming example `RISE_2026.md`/`DPO_2023.md` in prose.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "jiabingyang01__llm-paper-notes__README@f46bd5b.md"
PART = "wild31_development"
REC = re.compile(r"^- \[[^\]]+ \(\d{4}\)\]\(papers/[^)]+\.md\) — ")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if REC.match(text):
            papers.append(entry(lines, i, i, None))
    assert len(papers) == 139, len(papers)
    write_truth(NAME, PART, papers,
                "Each `- [NICK (YEAR)](papers/...md) — summary` bullet inside the <details> tree is an entry; "
                "titles are null because records give only a nickname and year, and no ids are written.",
                "All bullets of the file listed and checked against the pattern by eye (139 entries, Git/Node.js "
                "tool bullets excluded); a sample of 25 nickname bullets read for any full title - none found.")


if __name__ == "__main__":
    main()
