"""Wild61 truth for tntech-ngin/F22-CSC4200 content/docs/syllabus/schedule.md at c87d719 (2022-01-11): the
weekly schedule of a Tennessee Tech graduate networking seminar (CSC 6730, Fall 2021), one small table of
papers per week with the student presenter.

Shape: 234 lines.  Hugo front matter (1-14); section banners (``Fundamental Protocols``, ``Networked
Applications``, ``Network Security`` between ``---`` lines); per week ``**Week N - MM/DD**``, a bold
``**<topic>, Presenter: <name>**`` line and a table ``| Paper | URL | Presentation | Critical Review|`` closed
by a kramdown ``{.table-striped}`` line.  The first row of a week is the main paper, later rows are
``**Additional Paper** - <citation>``; rows ``Discussion``, ``Review and Discussion``, ``Guest Lecture`` and
``**Additional Paper** - TBD`` carry no paper.

Special cases:
- The Paper cell mixes citation styles: title in bold (45, 46, 94, 95, 212, 213, 225, 226), in curly quotes
  (54, 67, 111, 112, 178), in straight quotes (69, 70, 80, 82, 83, 124, 125, 137, 139-142, 198), or unmarked
  in ACM/APA/Harvard style (55, 56, 68, 81, 96, 97, 151-159, 166, 199) or as a bare title (57, 126, 127, 138,
  179).
- Broken quoting: 94 ``**Named Data Networking**”``; 113 starts ``"V. K. Adhikari et al., "Measurement Study
  ..." ...`` (a stray opening quote before the authors); 114 wraps the whole APA citation in straight quotes
  around a curly-quoted title; 179 ends its bare title with a stray ``”``.
- 155-156: one row broken over two lines (``... Efficient and Secure Mobile Cloud Networking. arXiv`` /
  ``preprint arXiv:2102.09051. | [https://arxiv.org/pdf/2102.09051](...)``); one entry spanning both lines.
- 151 and 166 list the same paper (Moura and Hutchison) in two weeks; 112 and 114 list the same Netflix CDN
  paper (journal and arXiv versions); each row is its own entry.
- 33-34 (``Introduction and how to read papers``, ``A 30,000 foot overview of the Current Internet``) are
  lecture topics, not papers.
- 57 (RIPE-393) is a RIPE technical document; taken as a paper.  138 ends with ``(Invited Paper)``, not part of
  the title.
- 139-142 put bare DOIs as link text and target (``[10.1109/...](10.1109/...)``).

Decisions:
- Entry = every table row whose Paper cell cites a work (49); lecture topics, discussion, guest-lecture and
  TBD rows are not entries.
- Title = the bold text if any (besides ``**Additional Paper**``), else the text in curly quotes, else in
  straight quotes, else the title part of the unmarked citation (listed by line below), without the trailing
  period or comma.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "tntech-ngin__F22-CSC4200__content__docs__syllabus__schedule@c87d719.md"
PART = "wild61_development"

NOT_PAPER = re.compile(r"^(Introduction and how|A 30,000 foot|Discussion|Review and Discussion|Guest Lecture|TBD)")
PREFIX = re.compile(r"^(?:\*\*)?Additional Paper(?:\*\*)? -\s*")
BOLD = re.compile(r"\*\*(.+?)\*\*")
CURLY = re.compile(r"“([^”]+)”")
STRAIGHT = re.compile(r'"([^"]+)"')

# Titles of unmarked citations and the two rows whose quoting misleads the rules above.
BY_HAND = {
    55: "Analyzing the Performance of an Anycast CDN",
    56: "Internet anycast: performance, problems, & potential",
    57: "Evaluating The Effects Of Anycast On DNS Root Nameservers",
    68: "Understanding BGP misconfiguration",
    81: "P4: programming protocol-independent packet processors",
    96: "Real-Time Streaming Data Delivery over Named Data Networking",
    97: "Managing scientific data with named data networking",
    113: "Measurement Study of Netflix, Hulu, and a Tale of Three CDNs",
    126: "A tentative comparison on CDN and NDN",
    127: "Far Cry: Will CDNs Hear NDN's Call?",
    138: "Named Data Networking of Things",
    151: "Review and analysis of networking challenges in cloud computing",
    152: "Opportunities and challenges of data migration in cloud",
    153: "Why adopting cloud is still a challenge?—A review on issues and challenges for cloud migration in"
    " organizations",
    154: "Challenges in migrating legacy software systems to the cloud—an empirical study",
    155: "Efficient and Secure Mobile Cloud Networking",
    157: "Security in Cloud Computing: Opportunities and Challenges",
    158: "A survey of mobile cloud computing: architecture, applications, and approaches",
    159: "A Case for CDN-as-a-Service in the Cloud: A Mobile Cloud Networking Argument",
    166: "Review and analysis of networking challenges in cloud computing",
    179: "Taking the Edge off with Espresso: Scale, Reliability and Programmability for Global Internet Peering",
    199: "An analysis of using reflectors for distributed denial-of-service attacks",
}


def title_of(n: int, cell: str) -> str:
    if n in BY_HAND:
        return BY_HAND[n]
    for rx in (BOLD, CURLY, STRAIGHT):
        m = rx.search(cell)
        if m:
            return m.group(1).strip().rstrip(".,").strip()
    raise AssertionError((n, cell))


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_table = False
    cont = 0
    for n, ln in enumerate(lines, 1):
        s = ln.strip()
        if n == cont:
            continue  # second line of the broken row 155-156
        if s.startswith("| Paper"):
            in_table = True
            continue
        if not s.startswith("|"):
            in_table = False
            continue
        if not in_table or set(s) <= {"|", "-", ":", " "}:
            continue
        cell = PREFIX.sub("", s.strip("|").split("|")[0].strip())
        if NOT_PAPER.match(cell):
            continue
        last = n
        if not s.rstrip().endswith("|") and "|" not in s[1:]:
            last = cont = n + 1  # row broken over two lines (155-156)
        title = title_of(n, cell)
        assert title in " ".join(lines[n - 1 : last]), (n, title)
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 49, len(papers)
    assert min(by) == 45 and max(by) == 226, (min(by), max(by))
    assert by[45]["title"] == "End-to-End Arguments in System Design", by[45]
    assert by[45]["doi"] == "10.1145/357401.357402", by[45]
    assert by[54]["title"] == "Development of Domain Name System", by[54]
    assert by[94]["title"] == "Named Data Networking", by[94]
    assert by[112]["title"].startswith("Open connect everywhere: A glimpse"), by[112]
    assert by[114]["title"].startswith("Open Connect Everywhere: A Glimpse"), by[114]
    assert by[114]["arxiv"] == "1606.05519", by[114]
    assert by[137]["title"] == "SDN Based Architecture for IoT and Improvement of the Security", by[137]
    assert by[155]["end"] == 156 and by[155]["arxiv"] == "2102.09051", by[155]
    assert by[198]["title"] == "Distributed denial of service attacks", by[198]
    assert by[213]["title"] == "Schematizing Trust in Named Data Networking", by[213]
    assert by[226]["title"].startswith("A Survey on CAN Bus Protocol"), by[226]
    for n in (33, 34, 58, 110, 167, 180, 229):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Every row of the weekly '| Paper | URL | Presentation | Critical Review|' tables whose Paper cell"
        " cites a work is one entry (49), main papers and '**Additional Paper** -' rows alike; the row broken"
        " over 155-156 is one entry of two lines.  Lecture-topic (33-34), Discussion, Guest Lecture and TBD rows"
        " are not entries.  Title = the bold title, else the curly- or straight-quoted title, else the title"
        " part of the unmarked ACM/APA citation (set by line in the script), without trailing period/comma.",
        checked="Read the whole file; compared the -v output with all 49 rows, each citation style (bold, curly"
        " and straight quotes, unmarked), the broken quoting of 94, 113, 114 and 179, the two-line row"
        " 155-156, the repeated papers (151/166, 112/114) and the DOIs/arXiv ids taken from the URL column.",
    )


if __name__ == "__main__":
    main()
