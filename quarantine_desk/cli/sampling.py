"""Sampling rounds and the lab's results: plan and save a round, list rounds, import results."""

from __future__ import annotations

import argparse
import re
from datetime import date
from typing import Any

from quarantine_desk.cli.base import (
    Parser,
    arg_date,
    arg_positive_int,
    print_json,
    print_table,
)
from quarantine_desk.cli.people import print_exposure
from quarantine_desk.i18n import tr
from quarantine_desk.services import Services
from quarantine_desk.services.errors import ServiceError

COMMANDS = ("sampling", "tests")  # what register() adds


def arg_lab_column(text: str) -> tuple[str, str]:
    """LETTER=FIELD of a lab's file (the fields are checked by the service)."""
    letter, sep, name = text.partition("=")
    letter = letter.strip().upper()
    if not sep or not re.fullmatch(r"[A-Z]{1,3}", letter):
        raise argparse.ArgumentTypeError(
            tr("«{text}» phải có dạng LETTER=FIELD, VD B=tube", text=text))
    return letter, name.strip().lower()


def register(sub: Any) -> None:
    """Add this group's commands to the parser."""
    sampling = sub.add_parser("sampling", help=tr("đợt lấy mẫu xét nghiệm (gộp mẫu)"))
    ssub = sampling.add_subparsers(dest="action", metavar="ACTION", required=True,
                                   parser_class=Parser)
    plan = ssub.add_parser("plan", help=tr("lập và lưu đợt lấy mẫu của một cơ sở trong ngày"))
    plan.add_argument("--facility", required=True, metavar="CODE")
    plan.add_argument("--date", type=arg_date, help=tr("ngày lấy mẫu (mặc định: hôm nay)"))
    plan.add_argument("--pool-size", type=arg_positive_int, metavar="N",
                      help=tr("số mẫu tối đa một ống (mặc định: theo cài đặt, 5)"))
    plan.add_argument("--by", choices=["room", "household"], default="room",
                      help=tr("gộp mẫu cùng phòng (room) hoặc cùng hộ gia đình (household)"))
    plan.add_argument("--individual", type=arg_positive_int, nargs="+", metavar="ID",
                      help=tr("những người lấy mẫu đơn (kể cả khi chưa đến lịch)"))
    plan.add_argument("--dry-run", action="store_true", help=tr("chỉ xem, không lưu"))
    plan.add_argument("--json", action="store_true")
    plan.set_defaults(handler=cmd_sampling_plan)

    rounds = ssub.add_parser("list", help=tr("các đợt lấy mẫu"))
    rounds.add_argument("--facility", metavar="CODE")
    rounds.add_argument("--date", type=arg_date)
    rounds.add_argument("--json", action="store_true")
    rounds.set_defaults(handler=cmd_sampling_list)

    tests = sub.add_parser("tests", help=tr("kết quả xét nghiệm từ phòng xét nghiệm"))
    tsub = tests.add_subparsers(dest="action", metavar="ACTION", required=True,
                                parser_class=Parser)
    imp = tsub.add_parser("import", help=tr("ghi kết quả từ tệp Excel của phòng xét nghiệm"))
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--round", type=arg_positive_int, metavar="ID",
                     help=tr("chỉ nhận kết quả của đợt lấy mẫu này"))
    imp.add_argument("--column", type=arg_lab_column, action="append", default=[],
                     metavar="LETTER=FIELD",
                     help=tr("cột LETTER dùng làm FIELD: tube, result, date, ct, full_name, "
                             "birth_year, document"))
    imp.add_argument("--dry-run", action="store_true", help=tr("chỉ xem, không ghi"))
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=cmd_tests_import)


def cmd_sampling_plan(services: Services, args: argparse.Namespace) -> int:
    plan = services.sampling.plan(args.facility, args.date or date.today(),
                                  pool_size=args.pool_size, by=args.by,
                                  individual=args.individual)
    if not args.dry_run:
        plan = services.sampling.save(plan)
    if args.json:
        print_json(plan.to_json())
        return 0
    pools = sum(t.pooled for t in plan.tubes)
    head = (tr("Đã lưu đợt lấy mẫu số {round_id}", round_id=plan.round_id) if plan.round_id
            else tr("Xem trước (chưa lưu)"))
    print(tr("{head}: {facility} ngày {on:%d/%m/%Y}, {people} người trong {tubes} ống "
             "({pools} ống gộp, {single} ống đơn).", head=head, facility=plan.facility,
             on=plan.on, people=plan.people, tubes=len(plan.tubes), pools=pools,
             single=len(plan.tubes) - pools))
    print_table([[t.code, t.room or "", ", ".join(f"{s.person_id} {s.full_name}"
                                                  for s in t.samples),
                  tr(t.reason) if t.reason else ""] for t in plan.tubes],
                [tr("Mã ống"), tr("Phòng"), tr("Người"), tr("Lấy riêng vì")])
    return 0


def cmd_sampling_list(services: Services, args: argparse.Namespace) -> int:
    found = services.sampling.rounds(args.facility, args.date)
    if args.json:
        print_json([{"round_id": r.round_id, "facility": r.facility, "date": r.on.isoformat(),
                     "tubes": r.tubes, "people": r.people, "pending": r.pending}
                    for r in found])
        return 0
    print_table([[str(r.round_id), r.facility, f"{r.on:%d/%m/%Y}", str(r.tubes), str(r.people),
                  str(r.pending)] for r in found],
                [tr("Đợt"), tr("Cơ sở"), tr("Ngày"), tr("Số ống"), tr("Số người"),
                 tr("Ống chờ kết quả")])
    return 0


def cmd_tests_import(services: Services, args: argparse.Namespace) -> int:
    result = services.sampling.import_results(args.file, round_id=args.round,
                                              columns=dict(args.column),
                                              apply=not args.dry_run)
    if args.json:
        print_json(result.to_json())
        return 0
    verb = tr("Đã ghi") if result.applied else tr("Xem trước (chưa ghi gì)")
    print(tr("{verb}: {recorded} kết quả; ống gộp âm tính {negative}, ống gộp dương tính "
             "{positive}; {retest} người cần xét nghiệm lại riêng; {cases} người dương tính; "
             "{errors} dòng lỗi.", verb=verb, recorded=result.recorded,
             negative=result.pools_negative, positive=result.pools_positive,
             retest=len(result.retest), cases=len(result.positive),
             errors=len(result.errors)))
    for line in result.errors:
        print(tr("  Lỗi dòng {row}: {message}", row=line.row, message=line.error))
    if result.retest:
        print(tr("Cần xét nghiệm lại riêng ngay (người số): {ids}",
                 ids=", ".join(map(str, result.retest))))
    for person_id in result.positive:  # the response, previewed: nothing is applied here
        if result.applied:
            try:
                print_exposure(services.exposure.exposure(person_id, date.today()))
            except ServiceError as exc:  # released or sent to hospital meanwhile
                print(tr("Người số {id}: {message}", id=person_id, message=exc))
        print(tr("Người số {id} dương tính: ghi cách ly lại những người tiếp xúc gần bằng "
                 "«exposure {id} --apply».", id=person_id))
    return 0
