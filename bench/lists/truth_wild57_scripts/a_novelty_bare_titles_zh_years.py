"""Wild57 truth for ohhhyeahhh/RelatedWorks Novelty_detection/PaperList.md: a personal list of anomaly / novelty
detection papers (images, video, time series, graphs) grouped by year with Chinese year headings (``## 2021年``,
``## 2020年``, ``## 2019年``) and venue sub-headings (``### CVPR``, ``### AAAI``, ``### WACV``, ``### ECCV``,
``### NIPS``, ``### ACCV``, ``### ICCV``), newest commit touching the file (7de15f5, 2021-09-02).

Shape: 160 lines, 12.8 KB.  No bullets, no numbering: each paper is a bare paragraph line, blank lines between,
the title followed by ``([paper](url))`` and sometimes ``([code](url))``; written loosely:
``Title([paper](...))`` (5, 7, 9), ``Title（[paper](...)）`` with full-width parentheses (11),
``Title[paper](...)`` with no parentheses (15-25), ``Title ([paper](...))([code](...))`` (33 and most of 2020/2019),
or the bare title with no link at all (31, 37, 39, 41, 43).

Special cases:
- 37-45 start with a space; 47 is a heading indented by one space (`` ### WACV``): a heading, not an entry.
- 57, 59 are CVF file-name stems, words joined by underscores and prefixed by the first author's surname:
  ``Bergmann_Uninformed_Students_Student-Teacher_Anomaly_Detection_With_Discriminative_Latent_Embeddings``,
  ``Park_Learning_Memory-Guided_Normality_for_Anomaly_Detection``.  Title = the stem without the ``Surname_``
  prefix (an author), underscores kept as written.
- 112, 114, 122 keep a file-name underscore where the real title has ``?`` or ``:``
  (``Where's Wally Now_ Deep ...``, ``OCGAN_ One-Class ...``, ``... Label Noise Cleaner_ Train ...``): kept as
  written.
- 91 appends the author after the title (``... Unsupervised Instance Selection Vincent Vercruyssen (``): the name is
  dropped from the title.
- 7 keeps the file's typo ``Meta Proto type Network``; 116 keeps ``MVTec AD -- A Comprehensive ...``; 136 has a
  third link ``([TDA data set](...))``.
- 5, 7, 9, 11 link arxiv.org/search queries (no id); 89 links a zhihu redirect whose target is
  ``https%3A//arxiv.org/pdf/2001.03314``; 153 (GODS) links the page of another paper (the Memorizing Normality
  paper of 151): the entry is still GODS.
- 159 is a stray ``说`` ("say") line: not an entry.

Decisions:
- Entry = every non-blank line that is not a heading, lines 5-153 (159 excluded): 65 entries, each one line.
- Title = the text before the first ``(``/``（``/``[`` that opens the paper link (the whole line when there is no
  link), stripped; the author prefix at 57/59 and the author suffix at 91 removed.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "ohhhyeahhh__RelatedWorks__Novelty_detection__PaperList@7de15f5.md"
PART = "wild57_development"

LINK_START = re.compile(r"\s*(?:[(（]\s*)?\[paper\]")
AUTHOR_PREFIX = {57: "Bergmann_", 59: "Park_"}
AUTHOR_SUFFIX = {91: " Vincent Vercruyssen"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        s = ln.strip()
        if not s or s.startswith("#") or s == "说":
            continue
        m = LINK_START.search(s)
        title = s[: m.start()] if m else s
        title = title.strip()
        if n in AUTHOR_PREFIX:
            assert title.startswith(AUTHOR_PREFIX[n]), (n, title)
            title = title[len(AUTHOR_PREFIX[n]) :]
        if n in AUTHOR_SUFFIX:
            assert title.endswith(AUTHOR_SUFFIX[n]), (n, title)
            title = title[: -len(AUTHOR_SUFFIX[n])]
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 65, len(papers)
    assert min(by) == 5 and max(by) == 153, (min(by), max(by))
    assert by[7]["title"] == "Learning Normal Dynamics in Videos with Meta Proto type Network", by[7]
    assert by[11]["title"] == "Transfer Learning Gaussian Anomaly Detection by Fine-Tuning Representations", by[11]
    assert by[15]["title"] == "Anomaly Detection in Video via Self-Supervised and Multi-Task Learning", by[15]
    assert by[15]["arxiv"] == "2011.07491", by[15]
    assert by[31]["title"] == "LREN: Low-Rank Embedded Network for Sample-Free Hyperspectral Anomaly Detection", by[31]
    assert by[57]["title"] == (
        "Uninformed_Students_Student-Teacher_Anomaly_Detection_With_Discriminative_Latent_Embeddings"
    ), by[57]
    assert by[59]["title"] == "Learning_Memory-Guided_Normality_for_Anomaly_Detection", by[59]
    assert by[91]["title"] == (
        "Transfer Learning for Anomaly Detection through Localized and Unsupervised Instance Selection"
    ), by[91]
    assert by[112]["title"] == (
        "Where's Wally Now_ Deep Generative and Discriminative Embeddings for Novelty Detection"
    ), by[112]
    assert by[153]["title"] == "GODS: Generalized One-Class Discriminative Subspaces for Anomaly Detection", by[153]
    assert by[89]["arxiv"] == "2001.03314", by[89]
    assert sum(1 for p in papers if p["arxiv"]) == 15
    assert 47 not in by and 159 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Every non-blank line that is not a heading (year headings '## 2021年', venue headings '### CVPR',"
        " one indented ' ### WACV') is one paper, lines 5-153; the stray '说' line 159 is not.  Title = the text"
        " before the paper link however it is opened ('([paper]', '（[paper]', '[paper]', ' ([paper]'), or the"
        " whole line when there is no link; the first-author surname prefix of the two CVF file-name stems (57, 59)"
        " and the author name appended at 91 removed; underscores and typos kept as written.",
        checked="Read the whole file and the -v output side by side, all 65 lines: the title cut for each link"
        " style, the unlinked titles, the underscore stems, the appended author, the arXiv ids (only real"
        " arxiv.org abs/pdf links and the zhihu redirect), and that headings and line 159 are left out.",
    )


if __name__ == "__main__":
    main()
