"""Wild48 truth for michellexxz/MMD_SGD_Dataset_Survey Paper_List.md: a Paris III student's survey paper list of
multimodal (MMD) and schema-guided dialogue (SGD) datasets and related work, newest commit touching the file (9a051f6;
the repository's later commits only edit Summary.md).

Shape: 106 lines, 17.6 KB.  ``# Multimodal & Schema-Guided Dialogue (SGD) Datasets Survey`` (1), an Introduction
paragraph (5, links to Semantic Scholar / Paperswithcode / a library: not entries), a bold keyword line (7),
``## Paper List`` (9), then nine ``###`` topic headings each over one numbered pipe table, and ``## Copyright`` (102-106).
Tables (header line, data rows):
- Review (13; 15-16, 2 rows): ``| No.| Paper | Publication | Date | Links | Cited Times | Influenced by / About |``.
- Dataset / Corpus (20; 22-29, 8 rows): an extra second column ``Dataset`` holds the dataset nickname (``MMD``,
  ``SGD``, ``JDDC``, ``CrossWOZ``...), then ``Paper`` and a Keywords column.
- Cross-Modal (33; 35-36), Cross-Domain / Continual Learning (40; 42), NLM (46; 48-49), NLU (53; 55-56), DST (59;
  61-79, 19 rows, no blank line after its heading 58), NLG (83; 85-92), Evaluation / User Simulator (96; 98-100):
  ``| No.| Paper | Publication | Date | Links | Keywords | Cited Times | Influenced by / About |``.
A row: ``| 5 | STAR | STAR: A Schema-Guided Dialog Dataset for Transfer Learning | ArXiv | 22/10/2020 |
[[Paper]](https://arxiv.org/pdf/2010.11853.pdf)<br>[[Dataset & Code]](...)<br>[[Interpretation (by CharpYu on
24/10/2020 on CSDN)]](...)<br>[]() | Transfer Learning | UNK | SGD |``.  The title is plain text (never a link); the
Links cell holds ``<br>``-joined double-bracket links, a ``[[Note]](Paper_Notes#)`` stub or an empty ``[]()``.

Special cases:
- 65 ``L'adaptabilité comme compétence pour les systèmes de dialogue orientés tâche<br>(Zero-shot User Intent
  Detection via Capsule Neural Networks)``: a French title followed, after ``<br>``, by an English title in
  parentheses (the writer's gloss; it is in fact the title of row 61).  Treated as a translated title in parentheses
  and dropped: title = the French text.
- 49 ``"What's The Context?" : Long Context NLM Adaptation for ASR Rescoring in Conversational Agents``: quotes and the
  space before the colon kept.
- 88 ``More to diverse: ... multimodal dialog system| PLoS ONE``: no space before the cell's closing pipe; its paper
  link is a signed Google-storage URL that carries the PLoS DOI path ``10.1371/journal.pone.0241271/1/...``; the
  helper's DOI keeps the ``/1/pone.0241271`` file-path tail, so the script sets the DOI to ``10.1371/journal.pone.0241271``
  by hand (the only id not left as the helper found it).
- 91 the only link is ``[[Homepage on ACM]](https://dl.acm.org/doi/10.1145/3430752)`` (a DOI).
- 69 arXiv link with a version (``2008.12335v1.pdf``); 16 an Amazon Science PDF; 98 an ISCA archive link.
- Dataset rows: the Dataset cell (``ACCENTOR``, ``ABCD``) is a nickname, not title text; titles that begin with the
  nickname (``CrossWOZ: ...``, ``STAR: ...``, ``RiSAWOZ: ...``) keep it.

Decisions:
- Entry = every data row of the nine tables (47), one line each; title = the Paper cell (the third cell in the
  Dataset / Corpus table, the second elsewhere), row 65 cut at ``<br>``.
- Not entries: headings, the introduction, keyword line, header and alignment rows, the copyright section.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "michellexxz__MMD_SGD_Dataset_Survey__Paper_List@9a051f6.md"
PART = "wild48_development"

HEAD = re.compile(r"^\| No\.\| (?P<ds>Dataset \| )?Paper \| Publication \| Date \| Links \|")
ALIGN = re.compile(r"^\|(?: --- \|)+$")
ROW = re.compile(r"^\| (?P<no>\d+) \| (?:(?P<ds>[A-Za-z]+) \| )?(?P<title>[^|]+?) ?\| (?P<venue>[^|]+) \| "
                 r"(?P<date>[-\d]{2}/[-\d]{2}/\d{4}) \| (?P<links>.*)\|$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Multimodal & Schema-Guided Dialogue (SGD) Datasets Survey"
    papers = []
    tables: list[int] = []
    dataset_table = False
    inside = False
    for n, ln in enumerate(lines, 1):
        h = HEAD.match(ln)
        if h:
            inside = True
            dataset_table = bool(h.group("ds"))
            tables.append(0)
            continue
        if not ln.startswith("|"):
            inside = False
            continue
        if ALIGN.match(ln):
            continue
        assert inside, (n, ln)
        m = ROW.match(ln)
        assert m, (n, ln)
        assert bool(m.group("ds")) == dataset_table, (n, ln)
        assert int(m.group("no")) == tables[-1] + 1, (n, ln)
        title = m.group("title").strip()
        if "<br>" in title:
            assert n == 65, (n, title)
            title = title.split("<br>")[0]
        assert not re.search(r"[\[\]<>*`]", title), (n, title)
        e = entry(lines, n, n, title)
        if n == 88:
            # the signed storage URL runs on past the DOI ('.../journal.pone.0241271/1/pone.0241271.pdf?...'); the
            # helper keeps the '/1/pone.0241271' tail, which is a file path, not part of the DOI
            assert e["doi"] == "10.1371/journal.pone.0241271/1/pone.0241271", e
            e["doi"] = "10.1371/journal.pone.0241271"
        papers.append(e)
        tables[-1] += 1
    assert tables == [2, 8, 2, 1, 2, 2, 19, 8, 3], tables
    t = {p["line"]: p for p in papers}
    assert (t[15]["title"], t[15]["arxiv"]) == (
        "Multimodal Research in Vision and Language: A Review of Current and Emerging Trends", "2010.09522"), t[15]
    assert (t[16]["arxiv"], t[16]["doi"]) == (None, None), t[16]
    assert t[29]["title"] == "Adding Chit-Chats to Enhance Task-Oriented Dialogues", t[29]
    assert t[49]["title"] == '"What\'s The Context?" : Long Context NLM Adaptation for ASR Rescoring in Conversational Agents'
    assert t[65]["title"] == "L'adaptabilité comme compétence pour les systèmes de dialogue orientés tâche", t[65]
    assert t[69]["arxiv"] == "2008.12335", t[69]
    assert t[88]["title"] == ("More to diverse: Generating diversified responses in a task oriented multimodal dialog"
                              " system"), t[88]
    assert t[88]["doi"] == "10.1371/journal.pone.0241271", t[88]
    assert (t[91]["doi"], t[91]["arxiv"]) == ("10.1145/3430752", None), t[91]
    assert t[100]["title"] == "Simulating User Satisfaction for the Evaluation of Task-oriented Dialogue Systems"
    assert len(papers) == 47, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the nine numbered pipe tables (15-16, 22-29, 35-36, 42, 48-49, 55-56, 61-79, 85-92, 98-100)"
        " is an entry (47), title = the plain-text Paper cell (third cell in the Dataset / Corpus table whose second"
        " cell is a dataset nickname, second cell elsewhere); row 65's '<br>(English title)' gloss after the French"
        " title is dropped as a translated title in parentheses; headings, introduction, header/alignment rows and"
        " the copyright section are not entries.",
        "Read all 106 lines; compared -v against every one of the 47 rows: row numbering restarts per table, the"
        " Dataset-column table 22-29 (nickname cell not in the title), the French title 65, the quoted title 49,"
        " the missing space before the pipe 88 and its PLoS DOI from the storage URL (set by hand to"
        " 10.1371/journal.pone.0241271, the helper kept a '/1/pone.0241271' path tail), the ACM DOI 91, the versioned"
        " arXiv link 69, no ids for the Amazon/USTC/Tsinghua/ACL Anthology/ISCA rows.",
    )


if __name__ == "__main__":
    main()
