"""Wild2 truth for MLGroupJLU/LLM-eval-survey README: the paper list of the survey 'A Survey on Evaluation of LLMs'.

Shape: author block and a '<details>' table of contents, 'News and updates' bullets (two news
items about the survey's own arXiv versions, not entries), then 'What to evaluate' with '###'/
'####'/'#####' topic headings and numbered items
'N. Title. _Authors et al._ Venue Year. [[paper](url)]' (the separator after the title is '.', ',',
'?' kept as part of the title, or nothing), then 'Where to evaluate': a table of benchmarks
'| Name [[paper](url)][[GitHub](url)] | Focus | Domain | Criteria |', then Contributing (numbered
steps), the survey's own 'cite us' BibTeX and numbered Acknowledgements (not entries).
Decisions:

- Each numbered item under 'What to evaluate' is an entry (one line); title = the text before the
  italic author group '_..._', the citation's final '.' or ',' dropped.  A paper listed under several
  topics gives one entry per listing.  Venue/year after the authors and the '[[paper]]' label are not
  part of the title.  arXiv id / DOI from the item's line (an arXiv abs link; Frontiers and other
  publisher URLs that hold a DOI literally give the DOI).
- Each benchmark-table row whose first cell links a '[paper]' is an entry whose subject is that
  benchmark's paper; the cell names only the benchmark (SOCKET, MMLU, HELM, ...), not the paper's
  title, so title = null.  The two rows after the blank line that splits the table (LLMBox,
  SciSafeEval) are counted the same way.  Rows linking only a leaderboard, blog or repository
  (OpenLLM, Chatbot Arena, AlpacaEval, ToolBench) are not entries (no paper).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild2 import entry, read_lines, write_truth

NAME = "MLGroupJLU__LLM-eval-survey__README@40f44fd.md"
PART = "wild2_held_out"
LINES = read_lines(NAME)
ITEM = re.compile(r"\d+\.\s+(.*?)\s*_[^_]+_\s*(.*)")


def main() -> None:
    papers = []
    start = LINES.index("## What to evaluate") + 1
    where = LINES.index("## Where to evaluate") + 1
    contrib = LINES.index("## Contributing") + 1
    for i in range(start, where):
        text = LINES[i - 1]
        if not re.match(r"\s*\d+\. ", text):
            assert not text.strip() or text.startswith("#"), (i, text)
            continue
        m = ITEM.fullmatch(text.strip())
        assert m and "[[paper](" in m.group(2), (i, text)
        papers.append(entry(LINES, i, i, m.group(1)))
    for i in range(where, contrib):
        text = LINES[i - 1]
        if not text.startswith("| ") or text.startswith("| Benchmark"):
            continue
        first = text.split("|")[1]
        if "[paper](" in first:
            papers.append(entry(LINES, i, i, None))
        else:
            assert re.search(r"\[(Link|GitHub)\]", first), (i, text)
    write_truth(NAME, PART, papers,
                "every numbered item under 'What to evaluate' is an entry (title = text before the italic authors,"
                " final '.'/',' dropped); every benchmark-table row whose first cell links a [paper] is an entry"
                " with title null (the cell names only the benchmark); news, contributing steps, the survey's own"
                " BibTeX and acknowledgements are not entries",
                "item count (190 numbered lines minus 3 contributing steps and 9 acknowledgements = 178), table"
                " rows with [paper] (45 of 49 body rows), the four rows without a paper, first and last item of every topic"
                " heading, 20 random items' titles and ids against the file, titles ending in '?' (kept), items"
                " without a separator before the authors, the two table rows after the blank line")


if __name__ == "__main__":
    main()
