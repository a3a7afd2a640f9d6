"""Wild49 truth for YXWei-UMN/Awesome-learned-index README.md: a UMN student's personal "awesome" list of learned-index
papers (ML models replacing B-trees/hash tables in databases and storage), kept with reading notes, newest commit
(fd4661a, 2023-06-02), 158 lines, 12.6 KB.  The repository also stores the PDFs; every link is a local
``papers/<file>.pdf``.

Shape: ``# Awesome-learned-index`` (1), ``## By year`` (5) with ``### 2018`` .. ``### 2023`` (7-82), then
``## By category`` (84) with ``###`` Survey/Benchmark/Tuning, Read-only, Updatable, Secondary Storage/Persistent
Memory/LSM, Radix-Spine based, Variable length string keys, Concurrency, Applications (86-153), each a numbered list
``N. [YYYY-VENUE-File_name_style_title](papers/....pdf)`` optionally followed by ``: note`` or `` note`` on the same
line and by indented ``    1) ...`` note lines (15-17, 19-21, 23-29, 34, 40-41, 43-45, 48-50) that may hold
``<strong>`` questions.  The numbering is the writer's (2018/2019 blocks separated by blank lines, 2020 jumps
1,3,4,...,9,10; Applications 1,2,2,3,2).  The last section, ``### Linear Model help traditional index ...`` (155), is
three bare bracketed citations without links or list markers (156-158):
``[2019-Workshop on Applied AI for Database Systems and Applications Accelerating B+tree search by ...]``.

Special cases:
- Link texts are PDF-file-name-like: a year prefix, a venue token (``aiDM``, ``arxiv``, ``SIGMOD``, ``SIGMOD-demo``,
  ``OSDI``, ``PPoPP``, ``VLDB``, ``PVLDB``, ``PVLDB-Endowment``/``PVLDB-Endownment`` (sic), ``APSys``, ``ICDEW``,
  ``AIDB``, ``TOS``, ``FAST``, ``ASPLOS``, ``workshop_NIPS``, ``ICLR``), joined by ``-`` or ``_``, then the title in
  file-name style (``Bourbon_learned_LSM``, ``PLEX_RS+CHT``, ``Xindex-most-recent``).  A few have no venue
  (``2019-SOSD_Benchmark``, ``2022-learned_Similarity_Search``, ``2022-are_updatable_learned_index_ready``) and one
  has neither (96 ``The case for learned index``).
- Slides: ``2020-OSDI-Bourbon_learned_LSM_slides`` (38, 119) and ``2020-SIGMOD-HOPE_slides`` (137) link talk slides,
  not papers: not entries.  HOPE itself (52, 136) is a paper though the note says "not learned index": entry.
- Repeats: most papers appear once by year and again in one or more categories; each mention is an entry.
- Two spellings of one file: ``SIndex_..._Learned_Index__String_Keys`` (35, 134, double underscore) and
  ``..._Index_String_Keys`` (142); ``2022-learned_Similarity Search`` (150, space) and ``..._Similarity_Search`` (73,
  152); LeaFTL as ``LeaFTL- A Learning-Based ...`` (79) and ``LeaFTL-Learning-Based ...`` (153).  Kept as written.
- 156-158: the venue is written in front of the title with no separator; the title is cut by hand where the paper
  title begins (``Accelerating B+tree ...``, ``Interpolation-friendly B-trees: ...``, ``Hybrid indexes by ...``), the
  final ``.`` of 158 dropped.

Decisions:
- Entry = every numbered ``N. [..](..)`` item except the three slides items, plus the three bracketed citations
  156-158.  An item's lines = its own line and its indented ``N)`` note lines.
- Title = the link text with the ``YYYY-`` prefix and the venue token removed, the rest kept as written (underscores,
  hyphens, case, typos like ``cardition``); 156-158 as above.
- Ids: none (local PDF links only).
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "YXWei-UMN__Awesome-learned-index__README@fd4661a.md"
PART = "wild49_development"

ITEM = re.compile(r"^\d+\. \[(?P<text>[^\]]+)\]\((?P<url>[^)]+)\)")
NOTE = re.compile(r"^    \d\) ")
PREFIX = re.compile(
    r"^\d{4}-(?:(?:aiDM|arxiv|SIGMOD-demo|SIGMOD|APSys|ICDEW|OSDI|PPoPP|VLDB|PVLDB-Endowment|PVLDB-Endownment|PVLDB"
    r"|AIDB|TOS|FAST|ASPLOS)-|(?:SIGMOD|workshop_NIPS|ICLR)_)?"
)
BARE = {
    156: "Accelerating B+tree search by using simple machine learning techniques",
    157: "Interpolation-friendly B-trees: Bridging the gap between algorithmic and learned indexes",
    158: "Hybrid indexes by exploring traditional B-Tree and linear regression.",
}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Awesome-learned-index"
    papers = []
    slides = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if m:
            text = m.group("text")
            assert m.group("url").endswith(".pdf"), (n, ln)
            if text.endswith("_slides"):
                slides.append(n)
                continue
            end = n
            while end < len(lines) and NOTE.match(lines[end]):
                end += 1
            title = PREFIX.sub("", text, count=1)
            assert not re.match(r"^\d{4}", title), (n, title)
            papers.append(entry(lines, n, end, title))
        elif n in BARE:
            assert ln.startswith("[2019-") and ln.endswith(BARE[n] + "]"), (n, ln)
            papers.append(entry(lines, n, n, BARE[n]))
        else:
            assert not re.match(r"^\d+\. |^\[", ln), (n, ln)
    assert slides == [38, 119, 137], slides
    t = {p["line"]: p for p in papers}
    assert (t[9]["title"], t[96]["title"]) == ("The case for learned index", "The case for learned index")
    assert (t[15]["title"], t[15]["end"]) == ("Considerations_for_Updates", 17), t[15]
    assert (t[23]["end"], t[42]["end"], t[47]["end"], t[33]["end"]) == (29, 45, 50, 34)
    assert t[51]["title"] == "Learned_Index_for_bigtable", t[51]
    assert t[53]["title"] == "The_Case_for_a_Learned_Sorting_Algorithm", t[53]
    assert t[64]["title"] == "learned_cardition", t[64]
    assert t[69]["title"] == "learned_index_with_dynamic_eps", t[69]
    assert t[79]["title"] == "LeaFTL- A Learning-Based Flash Translation Layer for Solid-State Drives", t[79]
    assert t[88]["title"] == "CDFShop-tuning_RMI", t[88]
    assert t[150]["title"] == "learned_Similarity Search", t[150]
    assert t[158]["title"] == "Hybrid indexes by exploring traditional B-Tree and linear regression", t[158]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 82, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every numbered '[YYYY-VENUE-File_style_title](papers/x.pdf)' item of the By year and By category sections is"
        " an entry spanning its indented '1) ...' note lines, except the three '_slides' items (38, 119, 137: talk"
        " slides); the three bracketed link-less citations 156-158 are entries too (82). Title = link text without"
        " the 'YYYY-' prefix and the venue token (aiDM, arxiv, SIGMOD(-demo), OSDI, PPoPP, VLDB, PVLDB(-Endowment/"
        "-Endownment), APSys, ICDEW, AIDB, TOS, FAST, ASPLOS, workshop_NIPS_, ICLR_, SIGMOD_), the rest as written;"
        " 156-158: the paper title after the venue words, cut by hand. Repeats across sections are separate entries.",
        "Read all 158 lines; compared the -v output with every item: prefix/venue stripped on each of the 82 titles,"
        " file-name spellings kept (double underscore 35/134, 'Similarity Search' with a space 150, 'cardition' 64,"
        " 'LeaFTL- A' 79 vs 'LeaFTL-Learning' 153), the notes spans 15-17, 19-21, 23-29, 33-34, 39-41, 42-45, 47-50,"
        " slides skipped, 156-158 titles cut after the venue words; no ids (local PDFs only).",
    )


if __name__ == "__main__":
    main()
