"""Wild38 truth for chenin-wang/daily_huggingface_paper archive/2025/09/24.md: one day's page of a
personal bot repository that summarises Hugging Face's "Daily Papers" in Chinese (Gemini-written
summaries, GitHub Actions); the day's 40 papers, all arXiv preprints, each followed by a long Chinese
summary.  The mirror's newest commit (70218e9, 2025-10-03) still holds the page as written on 09-24.

Shape: two blank lines, "# Papers for 2025-09-24" (3), then 40 records, each three lines:
"## <n>.[<English title>](https://arxiv.org/pdf/<id>)" (a numbered heading, 0..39, the title a link to
the arXiv PDF), one "summary:" line holding the whole Chinese summary as one paragraph (bold keyword
lists "**核心关键词**", "**一句话核心摘要**", ... or a bare keyword line, depending on the day's prompt
output), and a blank line.  Lines 5-122 step by 3; the file ends with a blank line after 123.
Entry = each heading plus its summary line (n, n+1): each record's subject is one arXiv paper --
technical reports ("Qwen3-Omni Technical Report" 8, "Mano Report" 59, "FlagEval Findings Report" 41),
benchmark and dataset papers (SWE-Bench Pro 23, DIWALI 98, BeepBank-500 101), a hardware paper
(ByteWrist 35, DEXOP 92) -- all preprints, all entries.
Title = the link text of the heading, without the "<n>." numbering, as written (lower-case "Synthetic
bootstrapped pretraining" 68, the grammar slip "A Hallucination Detection Models" 56).  Each heading gives its arXiv id by the PDF link; the summary lines give no links or ids.
40 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "chenin-wang__daily_huggingface_paper__archive__2025__09__24@70218e9.md"
PART = "wild38_development"

HEADING = re.compile(r"^## (\d+)\.\[(.+)\]\((https://arxiv\.org/pdf/[0-9.]+)\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers = []
    for n, text in enumerate(lines, 1):
        if not text.startswith("## "):
            continue
        m = HEADING.match(text)
        assert m, n
        assert lines[n].startswith("summary:"), n
        assert not lines[n + 1].strip(), n
        numbers.append(int(m.group(1)))
        papers.append(entry(lines, n, n + 1, m.group(2)))

    assert numbers == list(range(40)), numbers
    assert all(p["arxiv"] for p in papers)
    assert len(papers) == 40, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '## <n>.[Title](arXiv PDF link)' heading with its 'summary:' line is an entry (40 arXiv papers), "
        "its title the link text without the number.",
        "Read the whole 124-line file: all 40 headings compared with the -v output (titles, arXiv ids, numbering "
        "0-39 without gaps), the summary lines checked to carry no links or ids, the technical-report, benchmark, "
        "dataset and hardware papers (8, 23, 35, 41, 59, 92, 98, 101) kept as papers.",
    )


if __name__ == "__main__":
    main()
