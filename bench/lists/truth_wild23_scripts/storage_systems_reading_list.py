"""Wild23 truth for animeshtrivedi/storage-systems-wiki-reading-list README.md: a storage-systems reading list.

Shape: the VU Amsterdam storage-systems course's reading list: a header with the list's own
'consider citing our work' paper and its BibTeX (lines 10-29, boilerplate, not an entry), a table
of contents, then 24 numbered '## N. Topic' sections (17 and 23 with '###' sub-sections) of '*'
bullets, one record per top-level bullet (indent 0-2: '  * ', '* ', ' * '; three doubled, '* * ' or
'*   * ', lines 176, 313, 438), notes and links nested under some at indent 4-6.  Records are pasted
in every citation style, the title never marked up:
- ACM reference format with authors and year: 'A, B, and C. 2024. Title. In Proceedings ...',
  '... Title. Proc. VLDB Endow. ...', '... ACM Trans. Storage ...', '... Queue ...';
- the same with the authors cut off: 'Title. In Proceedings ...', 'Title. Proc. ACM Manag. Data ...';
- authors without a year (94, 95, 403, 414, 469: 'A, B, and C. Title. Venue. 2021. url');
- APA: 'Last, F., & Last, F. (2021[, June]). Title. In ...' (section 17.1);
- IEEE: 'A. B. Name, ..., "Title," Venue, ..., doi: ...' (title in straight quotes);
- 'Title, https://...', 'Title https://...', 'Title: https://...', 'Title,https://...' (219),
  'Title, Proceedings of the 30th ... (ASPLOS'25). url', 'Title, Authors, Affiliations, url'
  (119, 199, 213, 363), 'Title, VLDB 2024[, url]' (294, 296), 'Title. EuroSys'25. url' (372), a
  venue, year or nickname in brackets after the title ('(Middleware, 2020)', '(2021)',
  '(FastResponse)', ', (SIGMOD 2023)', '(ISCA 2024)', '(TACO, url)', '(ICCD, url)'), and one gloss
  ('The RUM Conjecture (Read, Update, and Memory)', 115), none of them part of the title;
- 'YYYY - Title...' in the surveys section (22), a year prefix not part of the title.
Entry: every top-level bullet from section 1 (line 59) on whose subject is one scholarly work
(conference, workshop and journal papers, arXiv preprints, surveys, a student survey report on
Google Drive, line 443), its lines running through the deeper-indented lines under it (notes
'> ...', '* A small write up ...', '* We present Limousine ...' (304), a code link, the URL wrapped
onto line 224, the note line 334 that starts with '. ') up to the next top-level bullet, heading or
blank line.  Also entries: the seven HotInfra workshop papers nested as '    * > Title' under the
workshop-site bullets 317 and 321 (lines 318-320, 322-325; title only, one with a PDF link).
Title = the title as written (case kept: 'Ultra‐low latency ssds’ impact ...' 286, 'ZNSwap:un-Block
your Swap' 347), without authors, year, venue, labels or notes.  Records naming a paper only by a
nickname or a description are entries with a null title: 'MQsim (simulator): url', 'FEMU
(emulator): url', 'NVMeVirt (emulator): url' (195-197), 'Wear distributions in FF-SSD: url' (200,
the HotStorage '22 paper it links is titled otherwise), 'Nameless writes had an emulator. How does
it work? url' (201), 'MDev-NVMe (mediated passthrough): url' (203), 'FlashBlox: url' (206), 'FLIN:
url' (212), 'blk-switch: url' (214), 'Persimmon (now accepted at ICCD, url)' (351).  Line 198 'Amber
url  and for ZNS: url' names two papers (two IEEE Xplore documents): two entries on the same line,
both null.  Line 205 'Spdk vhost-nvme (user-space): Accelerating i/os ...: url': the label is
dropped like the '(simulator)' labels.  Repeated papers (Ziggurat 100/152, 'Improving Flash
Storage ...' 77/85, LavaStore 87/121, BlockFlex 211/276, GraFboost 257/260, DDS 148/163, the SAP
HANA CXL paper 126/149, 'What Modern NVMe Storage Can Do' 273/306, Tectonic-Shift 423/461, 'Don't
be a blockhead' 73/336, 'Storage Abstractions for SSDs' 65/438) are separate entries.
Not entries (NON_ENTRY, 25 bullets): web pages and specifications (78 Open Compute Project, with
the two specification lines under it), the book 'Inside Solid State Drives (SSDs)' (93, Springer),
GitHub/search/collection links (242-244, 263), the HotInfra workshop sites (317, 321), talks and
slides written as references (335 Bjørling's Vault 2019 slides, 342 a Samsung SNIA 2020 talk), the
bullets of section 18 'SNIA/NVMe weblinks' (375, 377-386: talks, blog posts, SNIA/NVMe pages, an
FMS presentation, a tuning guide; 376 is nested under 375), the MLSys proceedings site (432), and
Meta's talk and engineering blog posts (462-464).
Ids: arXiv from arxiv.org links and 'arXiv:' text; DOIs from doi.org links, 'doi:' text and ACM /
IEEE Computer Society / JCST URLs that contain them (the helper's rules; a trailing '.' after a
dl.acm.org link, lines 112 and 311, is not part of the DOI).
Count check: 324 top-level bullets from line 59 on, 25 not entries, line 198 giving two, plus the 7
nested HotInfra papers: 324 - 25 + 1 + 7 = 307 entries, 12 of them with a null title.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "animeshtrivedi__storage-systems-wiki-reading-list__README@f1e1b03.md"
PART = "wild23_development"
START = 59

NON_ENTRY = {78, 93, 242, 243, 244, 263, 317, 321, 335, 342,
             375, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 432, 462, 463, 464}
SUB_ENTRY = {318, 319, 320, 322, 323, 324, 325}   # '    * > Title' HotInfra papers under 317 and 321
NULL_TITLE = {195, 196, 197, 200, 201, 203, 206, 212, 214, 351}
TWO_NULL = {198}

VENUE = (r"(?:In |Proc\.|Proceedings|ACM Trans\.|ACM Transactions|Commun\. ACM|Commun\.|SIGOPS|SIGENERGY|"
         r"PVLDB|Queue \d|IEEE |The VLDB|Springer|arXiv|Applied Sciences|Samsung|https?://|<i>)")

# Titles the rules below cannot cut (checked by eye against the line).
OVERRIDE = {
    60: "Anatomy of a Solid-state Drive: While the ubiquitous SSD shares many features with the hard-disk"
        " drive, under the surface they are completely different",
    94: "Offline and Online Algorithms for SSD Management",
    95: "Centaur: A Novel Architecture for Reliable, Low-Wear, High-Density 3D NAND Storage",
    115: "Designing Access Methods: The RUM Conjecture",
    117: "Constructing and Analyzing the LSM Compaction Design Space",
    119: "SpanDB: A Fast, Cost-Effective LSM-tree Based KV Store on Hybrid Storage",
    126: "An Examination of CXL Memory Use Cases for In-Memory Database Management Systems using SAP HANA",
    199: "vFPIO: A Virtual I/O Abstraction for FPGA-accelerated I/O Devices",
    205: "Accelerating i/os in virtual machines on nvme ssds via user space vhost target",
    211: "BlockFlex: Enabling Storage Harvesting with Software-Defined Flash in Modern Cloud Platforms",
    213: "D2FQ: Device-Direct Fair Queueing for NVMe SSDs",
    294: "SingleStore-V: An Integrated Vector Database System in SingleStore",
    296: "Apache TsFile: An IoT-native Time Series File Format",
    299: "Are There Fundamental Limitations in Supporting Vector Data Management in Relational Databases? A Case"
         " Study of PostgreSQL",
    312: "SciTS: A Benchmark for Time-Series Databases in Scientific Experiments and Industrial Internet of Things",
    337: "Append is Near: Log-based Data Management on ZNS SSDs",
    358: "ZoneTrace: A Zone Monitoring Tool for F2FS on ZNS SSDs",
    363: "The Design and Implementation of a Capacity-Variant Storage System",
    372: "Towards Efficient Flash Caches with Emerging NVMe Flexible Data Placement SSDs",
    398: "Large-Scale Analysis of Docker Images and Performance Implications for Container Storage Systems",
    403: "Storage workload characterization and consolidation in virtualized environments",
    414: "An Enterprise-Grade Open-Source Data Reduction Architecture for All-Flash Storage Systems",
    441: "A Survey on the Integration of NAND Flash Storage in the Design of File Systems and the Host Storage"
         " Software Stack",
    442: "Key-Value Stores on Flash Storage Devices: A Survey",
    443: "Persistent Memory File Systems: A Survey",
    454: "Optimizing NVMe Storage for Large-Scale Deployment: Key Technologies and Strategies in Alibaba Cloud",
    469: "StarShip: Mitigating I/O Bottlenecks in Serverless Computing for Scientific Workflows",
}

TOP = re.compile(r"^ {0,2}\*(?: +\*)? +")


def cut_venue(rest: str) -> str:
    """The text before the first '. Venue' (a '?' or '!' before the venue stays in the title)."""
    m = re.search(r"([.?!])\s+" + VENUE, rest)
    assert m, rest[:80]
    head = rest[: m.start()]
    return head + (m.group(1) if m.group(1) in "?!" else "")


def title_of(body: str) -> str:
    body = re.sub(r"^(?:19|20)\d\d - +", "", body)          # '2023 - ' in the surveys section
    body = re.sub(r"^> ", "", body)                          # HotInfra titles
    q = re.match(r'^[^"]{0,200}?"([^"]+?),?"', body)        # IEEE: "Title,"
    if q:
        return q.group(1)
    acm = re.match(r"^(.+?)\. ((?:19|20)\d\d)\. (.+)$", body)
    if acm and not re.search(r": |Proceedings|\. In ", acm.group(1)) \
            and ("," in acm.group(1) or " and " in acm.group(1) or re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", acm.group(1))):
        return cut_venue(acm.group(3))
    apa = re.match(r"^(.+?) \((?:19|20)\d\d(?:, [A-Z][a-z]+)?\)\. (.+)$", body)
    if apa:
        return cut_venue(apa.group(2))
    proc = re.search(r", Proceedings of ", body)               # 'Title, Proceedings of the 30th ...'
    if proc:
        return body[: proc.start()]
    url = re.search(r"[,:]?\s*https?://", body)
    venue = re.search(r"([.?!])\s+" + VENUE, body)
    if venue and (not url or venue.start() < url.start()):
        return cut_venue(body)
    if url:
        head = body[: url.start()].rstrip(" ,:")
        head = re.sub(r"\s*\(FastResponse\)$", "", head)                 # a nickname after the title
        head = re.sub(r",?\s*\([^()]*(?:19|20)\d\d\)$", "", head)      # '(2021)', '(Middleware, 2020)'
        head = re.sub(r":?\s*\((?:TACO|ICCD|ICCE-Asia)$", "", head)    # '(ICCD, url)' around the link
        return head
    return body.rstrip(" .")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    tops = [i for i in range(START, len(lines) + 1) if TOP.match(lines[i - 1])]
    for i in sorted(SUB_ENTRY):
        assert lines[i - 1].startswith("    * > "), i
        title = re.sub(r",\s*https?://\S+\s*$", "", lines[i - 1][8:]).strip()
        papers.append(entry(lines, i, i, title))
    for i in tops:
        end = i
        while end < len(lines) and lines[end].strip() and not TOP.match(lines[end]) \
                and not lines[end].lstrip().startswith("#"):
            end += 1
        if i in NON_ENTRY:
            continue
        body = TOP.sub("", lines[i - 1]).strip()
        if i in TWO_NULL:
            papers += [entry(lines, i, end, None), entry(lines, i, end, None)]
            papers[-1]["doi"] = papers[-2]["doi"] = None
            continue
        if i in NULL_TITLE:
            papers.append(entry(lines, i, end, None))
            continue
        title = OVERRIDE.get(i) or title_of(body)
        assert title in lines[i - 1], (i, title)
        papers.append(entry(lines, i, end, title))
    assert len(tops) == 324, len(tops)
    assert len(papers) == 307, len(papers)
    assert sum(1 for p in papers if not p["title"]) == 12
    write_truth(NAME, PART, papers,
                "every top-level bullet (from section 1 on) whose subject is one scholarly work is an entry, with"
                " the deeper-indented note lines under it, plus 7 nested HotInfra paper bullets; title = the"
                " plain-text title cut out of its ACM, APA, IEEE or 'Title, url' citation (overrides for the"
                " irregular ones); nickname-only records have a null title, line 198 names two papers; web pages,"
                " specs, a book, talks, blogs and section 18 are not entries",
                "every one of the 324 top-level bullets and the 7 nested HotInfra bullets read by eye against the"
                " output (entry or not, the text just before and after each title, null titles); every override"
                " and non-entry checked against its line; every DOI and arXiv id checked (one-off check) to be"
                " written in its entry's lines, and no entry with a DOI- or arXiv-like text left without an id")


if __name__ == "__main__":
    main()
