"""Hostile answer sets written after the rules were fixed (issue 27): a held-out set, never
tuned on.  Same shape as :mod:`adversarial_cases`; ``bench/bench_adversarial.py
--held-out`` measures them."""

from __future__ import annotations

from typing import Any

from adversarial_cases import PREPRINT, Case, Expect, _by, _conf, _id, _journal, _pre
from fakes.crossref_server import journal_article, proceedings_article
from fakes.s2_server import published


def _book_chapter(doi: str, title: str, author: str) -> dict[str, Any]:
    work = proceedings_article(doi, title, "x", year=2022, page="1-17", publisher="Springer Nature Switzerland",
                               authors=_by(author))
    work.update({"type": "book-chapter", "container-title": ["Lecture Notes in Computer Science",
                                                             "Computer Vision – ECCV 2022"]})
    return work


def held_out_cases() -> list[Case]:
    n = 100
    return [
        Case("Nature Machine Intelligence (S2)", "venue names", "Neural Priors for Robot Arms", "Ana Moreau",
             Expect("journal", "Nature Machine Intelligence", 2024), arxiv_id=_id(n + 1),
             s2=_journal(n + 1, "Neural Priors for Robot Arms", "Ana Moreau", "Nature Machine Intelligence",
                         "Nat Mach Intell", journal={"name": "Nature Machine Intelligence", "volume": "6"},
                         arxiv_year=2024)),
        Case("ICCV Workshops (Crossref)", "tracks", "Event Cameras for Drones", "Wei Ma",
             Expect("conference", "ICCV", 2023, workshop=True, doi="10.1109/iccvw60793.2023.00101"),
             arxiv_id=_id(n + 2), arxiv_doi="10.1109/ICCVW60793.2023.00101", s2=_pre(n + 2, "Event Cameras for Drones",
                                                                                    "Wei Ma"),
             works=[proceedings_article("10.1109/ICCVW60793.2023.00101", "Event Cameras for Drones", "2023 IEEE/CVF "
                                        "International Conference on Computer Vision Workshops (ICCVW)", year=2023,
                                        page="900-909", authors=_by("Wei Ma"))]),
        Case("NeurIPS workshop named in S2's journal", "tracks", "Tiny Reward Models", "Olu Obi",
             Expect("conference", "NeurIPS", 2023, workshop=True), arxiv_id=_id(n + 3),
             s2=_conf(n + 3, "Tiny Reward Models", "Olu Obi", "Neural Information Processing Systems", "NeurIPS",
                      journal={"name": "NeurIPS 2023 Workshop on Instruction Tuning"})),
        Case("submitted to RA-L", "status words", "Legged Odometry Without IMUs", "Jan Berg", PREPRINT,
             arxiv_id=_id(n + 4), journal_ref="Submitted to IEEE Robotics and Automation Letters (RA-L)",
             s2=_pre(n + 4, "Legged Odometry Without IMUs", "Jan Berg")),
        Case("LNCS book chapter of ECCV (arXiv DOI)", "DOI types", "Relighting Faces from One Photo", "Mei Kato",
             Expect("conference", "ECCV", 2022, doi="10.1007/978-3-031-19769-7_12"), arxiv_id=_id(n + 5),
             arxiv_doi="10.1007/978-3-031-19769-7_12", s2=_pre(n + 5, "Relighting Faces from One Photo", "Mei Kato"),
             works=[_book_chapter("10.1007/978-3-031-19769-7_12", "Relighting Faces from One Photo", "Mei Kato")]),
        Case("title match to a longer title", "evidence", "Segment Anything Fast", "Ravi Iyer", PREPRINT,
             s2=published(None, "Segment Anything Fast and Small", ["Ravi Iyer"], arxiv_year=2023,
                          venue="Computer Vision and Pattern Recognition", acronym="CVPR", dblp="conf/cvpr/Iyer24")),
        Case("SSRN DOI in arXiv's record", "DOI types", "Pricing Carbon with Agents", "Anna Keller", PREPRINT,
             arxiv_id=_id(n + 7), arxiv_doi="10.2139/ssrn.4455667", s2=_pre(n + 7, "Pricing Carbon with Agents",
                                                                          "Anna Keller")),
        Case("Science year from the publication date", "year", "Programmable Matter at Scale", "Zoë Hart",
             Expect("journal", "Science", 2023), arxiv_id=_id(n + 8),
             s2={**_journal(n + 8, "Programmable Matter at Scale", "Zoë Hart", "Science", "Science",
                            journal={"name": "Science", "volume": "381"}, arxiv_year=2022),
                 "publicationDate": "2023-08-10"}),
        Case("ICLR spotlight in journal_ref", "status words", "Sharpness and Width", "Lukas Roth",
             Expect("conference", "ICLR", 2024), arxiv_id=_id(n + 9), journal_ref="ICLR 2024 (spotlight)",
             s2=_pre(n + 9, "Sharpness and Width", "Lukas Roth")),
        Case("PMLR volume naming ICML", "venue names", "Linear Attention Revisited", "Hiroshi Abe",
             Expect("conference", "ICML", 2023), arxiv_id=_id(n + 10),
             journal_ref="Proceedings of Machine Learning Research 202 (ICML 2023)",
             s2=_pre(n + 10, "Linear Attention Revisited", "Hiroshi Abe")),
        Case("ICASSP with an Oxford comma (S2)", "venue names", "Speech Codecs with Diffusion", "Chloé Roy",
             Expect("conference", "ICASSP", 2024), arxiv_id=_id(n + 11),
             s2=_conf(n + 11, "Speech Codecs with Diffusion", "Chloé Roy", "IEEE International Conference on "
                      "Acoustics, Speech, and Signal Processing", "ICASSP", dblp="conf/icassp/RoyP24")),
        Case("comment 'under review' with S2 naming ICML", "status words", "Kernel Tricks for Transformers",
             "Ana Pinto", PREPRINT, arxiv_id=_id(n + 12), comment="12 pages. Under review.",
             s2=_conf(n + 12, "Kernel Tricks for Transformers", "Ana Pinto", "International Conference on Machine "
                      "Learning", "ICML", dblp="conf/icml/PintoP24")),
        Case("S2 conference whose DOI is the journal extension", "one publication", "Point Cloud Upsampling",
             "Wei Gao", Expect("conference", "CVPR", 2022), arxiv_id=_id(n + 13),
             s2=_conf(n + 13, "Point Cloud Upsampling", "Wei Gao", "Computer Vision and Pattern Recognition", "CVPR",
                      dblp="conf/cvpr/GaoP22", doi="10.1109/tpami.2024.3400002"),
             works=[journal_article("10.1109/tpami.2024.3400002", "Point Cloud Upsampling", "IEEE Transactions on "
                                    "Pattern Analysis and Machine Intelligence", year=2024, volume="46",
                                    authors=_by("Wei Gao"))]),
        Case("Research Square as S2's venue", "DOI types", "Malaria Maps from Phones", "Olu Ade", PREPRINT,
             arxiv_id=_id(n + 14), s2=_journal(n + 14, "Malaria Maps from Phones", "Olu Ade", "Research Square",
                                               "Res Sq", journal={"name": "Research Square", "volume": "1"})),
        Case("IEEE RA-L (unmapped journal, Crossref)", "venue names", "Grasp Maps in Clutter", "Mei Ono",
             Expect("journal", "IEEE Robotics and Automation Letters", 2023, doi="10.1109/lra.2023.3300003"),
             arxiv_id=_id(n + 15), arxiv_doi="10.1109/LRA.2023.3300003", s2=_pre(n + 15, "Grasp Maps in Clutter",
                                                                                "Mei Ono"),
             works=[journal_article("10.1109/LRA.2023.3300003", "Grasp Maps in Clutter", "IEEE Robotics and "
                                    "Automation Letters", year=2023, volume="8", issue="9", page="5000-5007",
                                    authors=_by("Mei Ono"))]),
    ]
