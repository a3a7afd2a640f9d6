"""Wild6 truth for KuangjuX/Paper-reading README.md: a systems researcher's reading tracker as Markdown tables.

Shape: topic sections ('## emoji Topic', '### Subtopic'), each with a table
'| Status | Paper | Venue | Links |' whose rows are '| ✅ | **Title** | OSDI'23 | [Paper](url) / [Note](url) |'
(status ✅ read / ⬜ to read, '✅ 📝' when the author's note is in the repository; venue '—', 'arXiv'25',
'Blog', 'Tech report'26', 'DeepGEMM PR').  The title cell is plain bold text; the links are in the last cell.
One row = one record; title = the bold text of the Paper cell.  The badges at the top ('Papers-83',
'Read-67'), the table of contents and a Chinese note paragraph on MegaMoE are not entries.

Not entries (rows whose subject is not a scholarly work): the three 'Blog' rows ('Look Ma, No Bubbles! ...'
on hazyresearch.stanford.edu/blog, 'Compiling LLMs into a MegaKernel ...' on medium.com, 'Flash-Decoding
for Long-Context Inference' on crfm.stanford.edu), two code repositories linked as '[Paper]' with venue '—'
('TileRT: Tile-Based Runtime ...' -> github.com/tile-ai/TileRT, 'DeepEP: An Efficient Expert-Parallel
Communication Library' -> github.com/deepseek-ai/DeepEP) and 'MegaMoE' (a DeepGEMM pull request; the file
itself calls it "非正式论文", not a formal paper).  Kept: technical reports ('DeepSeek-V4 ...' Tech report'26,
'Understanding Latency Hiding on GPUs' Berkeley EECS report), 'Categorical Foundations for CuTe Layouts'
(Colfax research paper page), rows linking a local PDF ('papers/...pdf'), and the second 'Honeycomb' row
(same paper in Compiler and in Hypervisor: two entries).

Count check: 83 status rows (grep '^| [✅⬜]', equal to the file's own 'Papers-83' badge) - 6 = 77.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "KuangjuX__Paper-reading__README@e4faaca.md"
PART = "wild6_development"
LINES = read_lines(NAME)

#: Rows that are not scholarly works: title -> why.
NOT_PAPERS = {
    "Look Ma, No Bubbles! Designing a Low-Latency Megakernel for Llama-1B": "blog post",
    "Compiling LLMs into a MegaKernel: A Path to Low-Latency Inference": "blog post (medium.com)",
    "Flash-Decoding for Long-Context Inference": "blog post",
    "TileRT: Tile-Based Runtime for Ultra-Low-Latency LLM Inference": "code repository",
    "DeepEP: An Efficient Expert-Parallel Communication Library": "code repository",
    "MegaMoE": "pull request, 'not a formal paper'",
}

ROW = re.compile(r"\| (?:✅|⬜)(?: 📝)? \| \*\*(.+?)\*\*(?: \([^)]*\))? \| ([^|]*) \| (.*) \|\s*$")


def main() -> None:
    papers, skipped, rows = [], [], 0
    for i, text in enumerate(LINES, 1):
        if not text.startswith(("| ✅", "| ⬜")):
            continue
        rows += 1
        m = ROW.match(text)
        assert m, (i, text)
        title = m.group(1)
        if title in NOT_PAPERS:
            skipped.append(title)
            continue
        papers.append(entry(LINES, i, i, title))
    assert rows == 83, rows
    assert sorted(skipped) == sorted(NOT_PAPERS), skipped
    assert len(papers) == 77
    write_truth(NAME, PART, papers,
                "every '| ✅/⬜ | **Title** | Venue | [Paper](url) / [Note](url) |' table row is an entry, title = the bold"
                " Paper cell; three blog rows, two GitHub code repositories and a DeepGEMM pull request are not entries",
                "all 83 rows one by one (count = grep and the file's 'Papers-83' badge): titles, the six non-paper rows,"
                " the duplicate Honeycomb row, arXiv ids from abs/pdf links (v1 suffix dropped), ACM DOIs from"
                " dl.acm.org/doi(/pdf) links, local PDF links giving no id")


if __name__ == "__main__":
    main()
