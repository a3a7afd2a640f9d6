"""Wild10 truth for chenmengdx/awesome-data-synthesis-for-code-llm README.md.

Shape: the companion of a survey of data synthesis for code LLMs, in four parts that each write a
paper differently.
1. A dataset table '| Dataset | Venue | Date | Size | Language | Source |' whose Source cell quotes
   the paper behind the dataset: '"Title" [[paper](url)], [[code](url)], [[data](url)]' (no closing
   '|'; one row starts '|CodePLAN' without a space).
2. Benchmark bullets '- [Venue Year] **Name**: "Title", [[paper](url)] [[repo](url)]' (one with a
   comma after the name, one with the title unquoted, one with a '🔥' before the bracket).
3. Recommended LLMs: '- **Model**: <img> huggingface-url' bullets.
4. Paper bullets '- [🔥 ]Surname et al, Title, Year. [[pdf](url)]' under 4.1 and 4.2.

Entries:
- every dataset row whose Source cell gives a [[paper]] link (20 rows); title = the quoted text,
  as written even where it names another paper (the CodeExp row quotes SemCoder's title, the
  Magicoder row links Code Alpaca's repository).  The Synthetic-Text-To-SQL row quotes a dataset
  card's title and links only the Hugging Face dataset (code and data): a dataset without a
  paper, not an entry.
- every benchmark bullet with a [[paper]] link (16); title = the quoted text, or for DebugEval
  (unquoted) the text after '**DebugEval**: ' up to the link; the bold benchmark name is a label,
  not title text.  The Aider bullet (a tool, only a repository link) is not an entry.
- every paper bullet of 4.1 and 4.2 (53); title = the text between 'et al, ' and the final
  ', Year.'.  Code Alpaca is listed as a paper there (its [[pdf]] is its repository) and counted.
Not entries: the survey named in the intro (no link), the LLM model bullets, the table of contents.
Papers repeated across parts are separate entries.  LaTeX left in a title ('\\textsc{AIEV-Instruct}')
is kept as written.

Count check: 21 dataset rows (lines 13-33) less 1; grep '^- \\[' gives 16 benchmark bullets plus
the '- 🔥[' one, less Aider; grep -c '^- .* et al, ' gives 53.  Total 89.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "chenmengdx__awesome-data-synthesis-for-code-llm__README@911eaa7.md"
PART = "wild10_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts = {"table": 0, "bench": 0, "paper": 0}
    part = None
    for i, text in enumerate(lines, 1):
        if text.startswith("### "):
            part = text
            continue
        if "1. [Open-source Synthetic datasets" in (part or "") and re.match(r"\|\s*\S", text) and not text.startswith("| Dataset") and not text.startswith("| -"):
            if "[[paper]" not in text:
                continue  # Synthetic-Text-To-SQL: a dataset card, no paper link
            title = re.search(r'\|\s*"(.+?)"\s*\[\[paper\]', text).group(1)
            papers.append(entry(lines, i, i, title))
            counts["table"] += 1
        elif "2. [Public Benchmarks" in (part or "") and text.startswith("- "):
            if "[[paper]" not in text:
                continue  # Aider: a tool with a repository link only
            m = re.search(r'\*\*[^*]+\*\*[:,]\s*"(.+?)",?\s*\[\[paper\]', text) or \
                re.search(r'\*\*[^*]+\*\*:\s*(.+?)\s*\[\[paper\]', text)
            papers.append(entry(lines, i, i, m.group(1)))
            counts["bench"] += 1
        elif "4. [Papers]" in (part or "") and text.startswith("- "):
            m = re.match(r"- (?:🔥 )?\S+ et al, (.+), \d{4}\. \[\[pdf\]", text)
            assert m, i
            papers.append(entry(lines, i, i, m.group(1)))
            counts["paper"] += 1
    assert counts == {"table": 20, "bench": 16, "paper": 53}, counts
    write_truth(NAME, PART, papers,
                "entries: the dataset-table rows whose Source cell has a [[paper]] link (title = the quoted"
                " text), the benchmark bullets with a [[paper]] link (title = the quoted text, or the text"
                " after the bold name when unquoted) and the 'Surname et al, Title, Year. [[pdf]]' bullets"
                " (title between 'et al, ' and ', Year.'); the Hugging-Face-only dataset row, the Aider tool"
                " bullet and the LLM model bullets are not entries",
                "all 89 entries against the file: 20 of 21 table rows (row 33 has no paper link), 16 of 17"
                " benchmark bullets (Aider skipped), 53 paper bullets by grep; every title by eye, including"
                " the copied titles kept as written (line 31 quotes SemCoder, line 15 links Code Alpaca's"
                " repository), DebugEval's unquoted title, the 'StarCoder: may the source be with you!' '!'"
                " and the LaTeX textsc command; ids: arXiv abs/pdf links (one with v2), OpenReview, ACL"
                " Anthology and GitHub links give no id")


if __name__ == "__main__":
    main()
