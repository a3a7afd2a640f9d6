"""Wild8 truth for IAAR-Shanghai/CTGSurvey README: a survey companion, two-line bold-title bullets.

Shape: a centred HTML title block, News bullets ('- **[2024/08/26]** ...'), several prose sections
with bold numbered points, then '## 📚 Paper List' with '### Type: Method' (Training Stage /
Inference Stage, each split into '#####' sub-sections) and '### Type: Survey'.  Each paper is
  - **Title**<two spaces>
    Affiliation, Venue'yy, Year [[Paper](url)]
one title line wrapped over two lines ('- **Evaluating, Understanding, ... Generation' +
'  for Large Language Models**').
Entry: every '- **' bullet after the 'Paper List' heading, from its title line to the line that holds
its '[[Paper](...)]' link.  Title = the bold text (both lines of the wrapped one).  Not entries: the
News bullets (announcements), the numbered bold points of the introduction, the survey's own
authors block.  The five 'Type: Survey' bullets are surveys, so entries.
Counts: 139 '- **' bullets after the Paper List heading = 139 '[[Paper]' lines; per section 17
Retraining, 20 Fine-Tuning, 10 RL, 18 Prompt Engineering, 14 Latent Space, 55 Decoding-time, 5
Survey (awk by heading).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "IAAR-Shanghai__CTGSurvey__README@5c3a93d.md"
PART = "wild8_development"


def main() -> None:
    lines = read_lines(NAME)
    start = next(i for i, x in enumerate(lines, 1) if x.startswith("## ") and "Paper List" in x)
    papers = []
    per_head: dict[str, int] = {}
    head = ""
    for i in range(start + 1, len(lines) + 1):
        text = lines[i - 1]
        if text.startswith("#"):
            head = text
            continue
        if not text.startswith("- **"):
            continue
        end = i
        while "[[Paper]" not in lines[end - 1]:
            end += 1
        own = "\n".join(lines[i - 1:end])
        m = re.match(r"- \*\*(.+?)\*\*", own, re.DOTALL)
        papers.append(entry(lines, i, end, m.group(1)))
        per_head[head] = per_head.get(head, 0) + 1
    assert len(papers) == 139, len(papers)
    want = {"Retraining": 17, "Fine-Tuning": 20, "Reinforcement Learning": 10, "Prompt Engineering": 18,
            "Latent Space Manipulation": 14, "Decoding-time Intervention": 55, "Type: Survey": 5}
    got = {h.lstrip("# ").strip(): n for h, n in per_head.items()}
    assert got == want, got
    assert sum(1 for p in papers if p["end"] - p["line"] == 2) == 1  # the one wrapped title
    write_truth(NAME, PART, papers,
                "every '- **Title**' bullet after '## 📚 Paper List' is an entry, from its title line to its"
                " '[[Paper](url)]' line; title = the bold text (one wrapped over two lines); News bullets and the"
                " introduction's bold points are not entries",
                "139 bullets = 139 '[[Paper]' lines, counts per '#####' section by awk (17/20/10/18/14/55/5),"
                " the wrapped title at 293-295, first and last of each section and ~25 titles by eye against"
                " the file; the News bullets (52-54) left out")


if __name__ == "__main__":
    main()
