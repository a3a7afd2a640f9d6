"""Wild55 truth for ljw-wakeup/Network-Security-Protocol-project paper_list.md: a Chinese student group's working
list of security papers on (mostly ML-based) attack and intrusion detection, gathered from CCS workshops, RAID,
S&P, TDSC, TIFS and USENIX Security, newest commit (d2199f5).

Shape: 224 lines, no title heading; starts with a bold note (1) and team-member labels ``LI:`` (3), ``LIN:`` (11),
``HU:`` (17).  Five shapes of entry, one per part of the file:
- 5-142 (members' picks, ``# 3 CSS``, ``# 6 RAID``): DBLP-style link citations over two lines,
  ``[Authors:`` / ``Title. pages](https://doi.org/...)`` (5-6, 8-9, 19-20, ...), often followed by a blank line and a
  free-text English note (34, 39, 46, ...), or a bare link ``[Title](ieee url)`` (13, 15).  Session headings in
  plain text (``Low-Level Attacks and Defenses`` 114, ``Measurement Studies`` 121, ``Web and Mobile Security`` 130)
  and remarks like ``(↑ Databases are one direction)`` 128 are not entries.
- 146-160 (``# 4 S&P``): a bare title line, a Chinese gloss line, an IEEE URL line (158-160: URL before the gloss,
  and the URL ends with a full-width ``）``).
- 164-200 (``# 1 TDSC``): the same three-line shape (164-186, 198-200), then one-liners: ``Title（Chinese https://...）``
  (188), ``Title :Chinese...https://...`` (190), ``Title: In this paper, we ... (https://...)`` (192),
  ``Title(https://...)`` (194) and a bare title with no link at all (196).
- 204-224 (``# 2 TIFS``, ``# 5 USENIX Security``): numbered link text ``[1.Title](url)`` with no space after the
  number's period (``[3.6thSense: ...`` 222: the number is 3, the title starts ``6thSense``).

Special cases / decisions:
- Three papers are listed twice (5-6 = 123-124, 8-9 = 137-138, 19-20 = 36-37): each occurrence is an entry.
- Title of a two-line citation = line 2 without the trailing ``. pages`` (``. 188-208``) and the link close.
- 190: title ends before `` :``; 192: title is the part before ``: In this paper`` (the paper's own title has no
  colon); 188: before the full-width ``（``; 194: before ``(https``.
- 222: ``3.`` is the list number, the title is ``6thSense: A Context-aware Sensor-based Attack Detector for Smart
  Devices``.
- Entry span: the citation lines plus, for the three-line shapes, the gloss and URL lines; trailing free-text notes
  separated by a blank line are not part of the entry.
- Ids: DOIs from the doi.org links (5-142); 208 has an arXiv abs link (1903.02460).  IEEE document numbers are not ids.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "ljw-wakeup__Network-Security-Protocol-project__paper_list@d2199f5.md"
PART = "wild55_development"

AUTH = re.compile(r"^\[[^\]]*:$")  # "[Authors:" line of a two-line DBLP citation
LINE2 = re.compile(r"^(?P<title>.+?)\. \d+-\d+\]\((?P<url>[^)]*)\)$")
BARE = re.compile(r"^\[(?P<title>[^\]]+)\]\((?P<url>[^)]*)\)$")
NUM = re.compile(r"^\[(?P<n>\d)\.(?P<title>[^\]]+)\]\((?P<url>[^)]*)\)$")
THREE = {146, 150, 154, 158, 164, 168, 172, 176, 180, 184, 198}  # title / gloss / url blocks (first line)
ONE = {  # one-line entries in the TDSC part: line -> how the title ends
    188: "（",
    190: " :",
    192: ": In this paper",
    194: "(https",
    196: None,
}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[143] == "# 4 S&P" and lines[161] == "# 1 TDSC", (lines[143], lines[161])
    papers = []
    for n, ln in enumerate(lines, 1):
        if n < 144:
            if AUTH.match(ln):
                m = LINE2.match(lines[n])
                assert m, (n, lines[n])
                papers.append(entry(lines, n, n + 1, m.group("title")))
            elif (m := BARE.match(ln)) and "://" in m.group("url"):
                papers.append(entry(lines, n, n, m.group("title")))
        elif n in THREE:
            assert lines[n + 1 if n != 158 else n].startswith("http"), (n, lines[n - 1 : n + 2])
            assert lines[n] and lines[n + 1] and not lines[n + 2], (n, lines[n - 1 : n + 3])
            papers.append(entry(lines, n, n + 2, ln))
        elif n in ONE:
            end = ONE[n]
            papers.append(entry(lines, n, n, ln.split(end)[0] if end else ln))
        elif n > 200 and (m := NUM.match(ln)):
            papers.append(entry(lines, n, n, m.group("title")))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 49, len(papers)
    assert (by[5]["title"], by[5]["doi"]) == (
        "Enabling Network Security Through Active DNS Datasets", "10.1007/978-3-319-45719-2_9"), by[5]
    assert by[123]["title"] == by[5]["title"], by[123]
    assert by[13]["title"] == "Detecting TCP-Based DDoS Attacks in Baidu Cloud Computing Data Centers", by[13]
    assert by[48]["title"] == ("In (Cyber)Space Bots Can Hear You Speak: Breaking Audio CAPTCHAs Using OTS Speech"
                               " Recognition"), by[48]
    assert by[146]["title"] == "Extending Detection with Privileged Information via Generalized Distillation", by[146]
    assert by[158]["end"] == 160, by[158]
    assert by[188]["title"] == "Learning from the Ones that Got Away: Detecting New Forms of Phishing Attacks", by[188]
    assert by[190]["title"] == "CSC-Detector: A System to Infer Large-Scale Probing Campaigns", by[190]
    assert by[192]["title"] == "Risk Assessment in Social Networks Based on User Anomalous Behaviors", by[192]
    assert by[196]["title"] == "Defending Against Web Application Attacks: Approaches, Challenges and Implications"
    assert by[198]["end"] == 200, by[198]
    assert (by[208]["title"], by[208]["arxiv"]) == ("A Survey of Network-based Intrusion Detection Data Sets",
                                                    "1903.02460"), by[208]
    assert by[222]["title"] == "6thSense: A Context-aware Sensor-based Attack Detector for Smart Devices", by[222]
    write_truth(
        NAME,
        PART,
        papers,
        "Every cited paper is an entry, in five shapes: two-line DBLP link citations '[Authors:' / 'Title. pages](doi)'"
        " and bare '[Title](url)' links (5-142), title / Chinese gloss / IEEE URL blocks (146-186, 198-200), one-line"
        " 'Title + note + url' items (188-194) and a bare title (196) in the TDSC part, and numbered '[1.Title](url)'"
        " links (204-224).  Repeated papers count once per occurrence.  Title = line 2 of a DBLP citation without"
        " '. pages', the link text, the block's first line, or the one-liner up to its note; list numbers dropped."
        " Session headings, member labels and free-text notes are not entries.",
        "Read the whole file and compared every -v line: the 24 link entries of 5-142 (3 repeats), the 11 three-line"
        " blocks incl. 158-160 with URL before gloss, the one-liners 188/190/192/194 and the link-less 196, the"
        " numbered 204-224 with '3.6thSense' at 222, DOIs of the doi.org links and the arXiv id at 208.",
    )


if __name__ == "__main__":
    main()
