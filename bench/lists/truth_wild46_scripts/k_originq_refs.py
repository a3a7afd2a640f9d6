"""Wild46 truth for OriginQ/Quantum-programming-textbook 参考文献.md: the reference list of a Chinese
quantum-programming textbook (CRLF line endings).

Shape: '# 参考文献' then 63 numbered references '[n] ...', one per line, blank lines between; the
space after '[n]' is sometimes missing ('[8]Kelly, ...') and one number is a typo ('[19]Zhang, ...'
where [29] belongs, so [19] appears twice).  Three citation styles: Chinese GB/T 7714
('作者. 题名[J]. 刊名,年,卷(期):页.', a thesis '[D]', web articles '[OL]', books '[M]'), and
Google-Scholar MLA ('Authors. "Title." Journal vol.issue (year): pages.').

Entries (51): references [5]-[55], every one a journal article, preprint or thesis ([49] is a USTC
master's thesis '[D]').  Not entries: [1]-[4], four web articles of a video platform on the history
of quantum mechanics ('[OL]'), and [56]-[63], textbooks ('[M]': calculus, algebra, Nielsen & Chuang,
Benenti, Nakahara).  Lines: the reference's own line.

Title: for MLA references the text between the straight double quotes, without its final period
([55]'s Google-Scholar artefact '. eprint.' after the title is dropped too: 'A variational eigenvalue
solver on a quantum processor'); for GB/T references the text between the author block's '. ' and
the '[J]'/'[D]' tag.  Run-together words are kept as written ('high-fidelityshortcut-to-
adiabaticity'quantum gates').  Ids: four 'arXiv preprint arXiv:NNNN.NNNNN' texts give arXiv ids
([12], [15], [47], [55]); there are no DOIs or links.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "OriginQ__Quantum-programming-textbook__参考文献@04a3f99.md"
PART = "wild46_development"
LINES = read_lines(NAME)
REF = re.compile(r"^\[(\d+)\] ?(.+)$")
MLA = re.compile(r'"(.+?)"')
GBT = re.compile(r"^[^.]+\. ?(.+?)\[(?:J|D)\]")


def main() -> None:
    papers = []
    numbers = []
    for i, line in enumerate(LINES, 1):
        m = REF.match(line)
        if not m:
            assert not line.strip() or line == "# 参考文献", (i, line)
            continue
        numbers.append(int(m.group(1)))
        text = m.group(2)
        if "[OL]" in text or "[M]" in text:
            continue
        q = MLA.search(text)
        if q:
            title = q.group(1)
            title = re.sub(r"\. eprint\.$", "", title)
        else:
            g = GBT.match(text)
            assert g, (i, text)
            title = g.group(1)
        papers.append(entry(LINES, i, i, title))
    assert len(numbers) == 63 and numbers.count(19) == 2 and 29 not in numbers, numbers
    assert len(papers) == 51, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 4
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered reference [5]-[55] (articles, preprints, one thesis) is one paper on its own line; "
        "web articles [OL] and books [M] are skipped; title is the quoted MLA title or the GB/T title "
        "before [J]/[D].",
        "Read the whole list (63 references) against the -v output: the four [OL] web articles and the "
        "eight [M] books left out, [5] and [49] (GB/T article and thesis), every MLA line including those "
        "without a space after the number, the duplicated [19], [15]'s run-together title, [55]'s '. eprint.' "
        "dropped, and the four arXiv ids ([12] 1712.05771, [15] 1804.08247, [47] 1802.04210, [55] 1304.3061).",
    )


if __name__ == "__main__":
    main()
