"""A site's sampling round (issue 28): who is swabbed on day 1, in which pooled tube; the
lab's workbook back, per tube; the positive pool's people retested alone the next round."""

import shutil
import subprocess
from datetime import date, datetime, timedelta

import openpyxl
import pytest
from sqlalchemy import func, select

from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.people import new_person
from quarantine_desk.storage.models import (
    ArrivalBatch,
    AuditEvent,
    SampleTube,
    SamplingRound,
    TestResult,
)

DAY1 = date(2021, 11, 20)
NAMES = ["Nguyễn Văn An", "Trần Văn Bình", "Lê Văn Cường", "Phạm Văn Dũng", "Hoàng Văn Em",
         "Võ Văn Phúc", "Đặng Văn Giang",  # room 101: seven men
         "Bùi Thị Hoa", "Đỗ Thị Hương", "Hồ Thị Lan", "Ngô Thị Mai",  # room 102
         "Dương Văn Nam", "Lý Văn Oanh"]  # room 103
ROOMS = ["101"] * 7 + ["102"] * 4 + ["103"] * 2


@pytest.fixture
def site(services, db):
    services.facilities.add(code="QS", name="Trường Quân sự thành phố Cần Thơ",
                            kind="military", beds=30)
    for room, beds in (("101", 8), ("102", 4), ("103", 2)):
        services.facilities.add_room("QS", room, beds)
    with db.write() as session:
        batch = ArrivalBatch(kind="flight", reference="VN5087", arrival_date=DAY1,
                             created_at=datetime.now())
        session.add(batch)
        session.flush()
        made = [new_person(full_name=name, sex="F" if "Thị" in name else "M",
                           birth_year=1980 + i, id_number=f"0860850{i:05d}",
                           batch_id=batch.id) for i, name in enumerate(NAMES)]
        session.add_all(made)
        session.flush()
        ids = {p.full_name: p.id for p in made}
    for name, room in zip(NAMES, ROOMS, strict=True):
        services.admissions.admit(ids[name], "QS", room, DAY1)
    return services, ids


def tubes_of(plan):
    return [(t.room, sorted(s.full_name for s in t.samples), t.reason) for t in plan.tubes]


def lab_file(path, rows, header=("STT", "Mã ống", "Kết quả", "Ngày trả kết quả", "Ct")):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["TRUNG TÂM KIỂM SOÁT BỆNH TẬT THÀNH PHỐ CẦN THƠ"])
    ws.merge_cells("A1:E1")
    ws.append(["PHIẾU TRẢ KẾT QUẢ XÉT NGHIỆM SARS-CoV-2 (RT-PCR)"])
    ws.append([])
    ws.append(list(header))
    for i, row in enumerate(rows, start=1):
        ws.append([i, *row])
    wb.save(path)
    return path


def test_the_round_pools_each_room_apart_and_keeps_the_unwell_alone(site, db):
    services, ids = site
    services.health.record_check(ids["Trần Văn Bình"], DAY1, 38.2)
    services.health.record_check(ids["Hồ Thị Lan"], DAY1 - timedelta(days=1), 36.8, "ho, đau họng")
    plan = services.sampling.plan("QS", DAY1, pool_size=5)
    assert tubes_of(plan) == [
        # six of room 101 in two even tubes (in the list's order), not five and one; the
        # feverish man alone
        ("101", ["Lê Văn Cường", "Nguyễn Văn An", "Phạm Văn Dũng"], None),
        ("101", ["Hoàng Văn Em", "Võ Văn Phúc", "Đặng Văn Giang"], None),
        ("101", ["Trần Văn Bình"], "sốt"),
        ("102", ["Bùi Thị Hoa", "Ngô Thị Mai", "Đỗ Thị Hương"], None),
        ("102", ["Hồ Thị Lan"], "có triệu chứng"),
        ("103", ["Dương Văn Nam", "Lý Văn Oanh"], None)]
    assert [t.code for t in plan.tubes] == [f"QS-211120-{n:03d}" for n in range(1, 7)]
    # nothing is saved by planning
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(SampleTube)) == 0

    saved = services.sampling.save(plan)
    out = saved.to_json()
    assert out["round_id"] == saved.round_id and len(out["pools"]) == 4
    assert {i["person_id"] for i in out["individual"]} == {ids["Trần Văn Bình"],
                                                          ids["Hồ Thị Lan"]}
    with db.read() as session:
        tests = session.execute(select(TestResult.kind, TestResult.result, TestResult.taken_on)
                                ).all()
        assert sorted(set(tests)) == [("pcr", "pending", DAY1)] and len(tests) == 13
        trail = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action.in_(["test", "sampling_round"])))
        assert trail == 14  # each person's pending test, and the round
    # the sample is taken: nobody is due any more that day, and a second plan is refused
    assert services.health.tests_due(DAY1) == []
    with pytest.raises(ServiceError, match="không có ai"):
        services.sampling.plan("QS", DAY1)


def test_a_plan_saved_meanwhile_by_another_desk_is_refused_whole(site, db):
    services, _ = site
    first = services.sampling.plan("QS", DAY1)
    second = services.sampling.plan("QS", DAY1)
    services.sampling.save(first)
    with pytest.raises(ServiceError, match="đã có mẫu"):
        services.sampling.save(second)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(SamplingRound)) == 1
        assert session.scalar(select(func.count()).select_from(TestResult)) == 13


def test_households_pool_apart_and_contacts_and_named_people_go_alone(site, db):
    services, ids = site
    services.households.join([ids["Nguyễn Văn An"], ids["Trần Văn Bình"]])
    with db.write() as session:
        from quarantine_desk.storage.models import Person

        session.get(Person, ids["Lê Văn Cường"]).contact_level = "F1"
    plan = services.sampling.plan("QS", DAY1, pool_size=10, by="household",
                                  individual=[ids["Dương Văn Nam"]])
    assert tubes_of(plan)[:3] == [
        ("101", ["Nguyễn Văn An", "Trần Văn Bình"], None),  # the family
        ("101", ["Hoàng Văn Em", "Phạm Văn Dũng", "Võ Văn Phúc", "Đặng Văn Giang"], None),
        ("101", ["Lê Văn Cường"], "F1 (tiếp xúc gần)")]
    assert ("103", ["Dương Văn Nam"], "lấy mẫu đơn theo yêu cầu") in tubes_of(plan)
    with pytest.raises(ServiceError, match="từ 1 đến 10"):
        services.sampling.plan("QS", DAY1, pool_size=11)
    with pytest.raises(ServiceError, match="không đang cách ly"):
        services.sampling.plan("QS", DAY1, individual=[9999])


def test_a_plan_changed_by_hand_keeps_the_rules(site):
    services, _ = site
    plan = services.sampling.plan("QS", DAY1, pool_size=5)
    moved = plan.tubes[-1].samples.pop()  # a man of room 103 into a tube of room 101
    plan.tubes[0].samples.append(moved)
    with pytest.raises(ServiceError, match="nhiều phòng"):
        services.sampling.save(plan)


def test_the_labs_file_records_per_tube_and_asks_for_retests(site, db, tmp_path):
    services, ids = site
    plan = services.sampling.save(services.sampling.plan("QS", DAY1, pool_size=5))
    codes = [t.code for t in plan.tubes]  # 101 ×3, 101 ×4, 102 ×4, 103 ×2
    other = services.sampling.save(services.sampling.plan(
        "QS", DAY1 + timedelta(days=1), individual=[ids["Bùi Thị Hoa"]]))
    path = lab_file(tmp_path / "kq.xlsx", [
        [codes[0].lower(), "Âm tính", "21/11/2021", None],  # the code as typed, any case
        [codes[1], "DƯƠNG TÍNH", 44521, 27.5],  # the date as a serial
        [codes[2], "negative", "21/11/2021", None],
        [codes[3], "Nghi ngờ", "21/11/2021", None],
        ["QS-211120-099", "Âm tính", "21/11/2021", None],  # no such tube
        [other.tubes[0].code, "Âm tính", "22/11/2021", None],  # another round's
        [codes[2], "xyz", "21/11/2021", None],  # unreadable result
        [codes[2], "Âm tính", "31/02/2021", None],  # unreadable date
    ])
    preview = services.sampling.import_results(path, round_id=plan.round_id, apply=False)
    assert not preview.applied and preview.recorded == 13
    with db.read() as session:  # a preview records nothing
        assert set(session.scalars(select(TestResult.result))) == {"pending"}

    done = services.sampling.import_results(path, round_id=plan.round_id)
    room_101b = [s.person_id for s in plan.tubes[1].samples]
    room_103 = [s.person_id for s in plan.tubes[3].samples]
    assert done.to_json() | {"errors": None} == {
        "recorded": 13, "pools_negative": 2, "pools_positive": 1,
        "retest": room_101b + room_103, "positive": [], "errors": None}
    assert [(e.row, e.error.split(" ")[0]) for e in done.errors] == [
        (9, "không"), (10, "ống"), (11, "kết"), (12, "ngày")]
    assert "thuộc đợt lấy mẫu số" in done.errors[1].error
    # the positive tube's people are due again at once, alone; the list and the tile agree
    after = DAY1 + timedelta(days=1)
    due = services.health.tests_due(after)
    assert {d.person_id for d in due if d.retest} == set(room_101b + room_103)
    assert services.health.tests_due_count(after) == len(due)
    # they cannot go home on a pooled result
    refusal = services.releases.check([room_101b[0]], DAY1 + timedelta(days=14))[1]
    assert "mẫu gộp" in refusal[0].reason

    again = services.sampling.import_results(path, round_id=plan.round_id)
    assert (again.recorded, again.pools_negative, again.retest) == (0, 0, [])

    nxt = services.sampling.plan("QS", after)
    alone = {s.person_id: t.reason for t in nxt.tubes for s in t.samples}
    assert alone == {pid: ("xét nghiệm lại sau mẫu gộp dương tính" if pid in room_101b
                           else "xét nghiệm lại sau kết quả nghi ngờ")
                     for pid in room_101b + room_103}


def test_a_single_positive_is_a_case_and_a_file_of_wrong_rows_records_nothing(site, db,
                                                                               tmp_path):
    services, ids = site
    services.health.record_check(ids["Trần Văn Bình"], DAY1, 38.9)
    plan = services.sampling.save(services.sampling.plan("QS", DAY1))
    [single] = [t for t in plan.tubes if not t.pooled]
    wrong = lab_file(tmp_path / "sai.xlsx", [["QS-000000-001", "Âm tính", None, None],
                                             [single.code, "chưa biết", None, None]])
    result = services.sampling.import_results(wrong)
    assert result.recorded == 0 and len(result.errors) == 2
    with db.read() as session:
        assert set(session.scalars(select(TestResult.result))) == {"pending"}
    # results by person: a document number, or a name with the birth year
    path = lab_file(tmp_path / "kq.xlsx", [
        ["Trần Văn Bình", 1981, "", "Dương tính (+)"],
        ["Hồ Thị Lan", None, "086085000009", "Âm tính"],
        ["Không Có Ai", 1990, "", "Âm tính"]],
        header=("STT", "Họ và tên", "Năm sinh", "Số CCCD", "Kết quả"))
    done = services.sampling.import_results(path)
    assert done.positive == [ids["Trần Văn Bình"]]
    assert [e.row for e in done.errors] == [7]
    # the room's pool with Lan is negative for all four of room 102
    with db.read() as session:
        results = dict(session.execute(select(TestResult.person_id, TestResult.result)).all())
    assert results[ids["Trần Văn Bình"]] == "positive"
    assert {results[ids[n]] for n in ("Bùi Thị Hoa", "Đỗ Thị Hương", "Hồ Thị Lan",
                                      "Ngô Thị Mai")} == {"negative"}
    # the response is the exposure preview: nothing is applied by the import
    preview = services.exposure.exposure(ids["Trần Văn Bình"], DAY1 + timedelta(days=1))
    assert not preview.applied and len(preview.contacts) == 6


def test_the_summary_counts_the_days_tubes(site, tmp_path):
    services, _ = site
    plan = services.sampling.save(services.sampling.plan("QS", DAY1))
    path = lab_file(tmp_path / "kq.xlsx", [[plan.tubes[0].code, "Dương tính", None, 30.1]])
    services.sampling.import_results(path)
    from quarantine_desk.services.sampling import sampling_figures_in

    with services.db.read() as session:
        figures = sampling_figures_in(session, services.access, DAY1)
    assert figures == {"people": 13, "tubes": len(plan.tubes), "positive_tubes": 1,
                       "positive_people": 0, "pending": len(plan.tubes) - 1}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_list_for_the_lab_and_the_labels(site, tmp_path):
    services, _ = site
    plan = services.sampling.save(services.sampling.plan("QS", DAY1))
    made = services.papers.make("sampling-list", tmp_path / "ds.pdf", DAY1,
                                round_id=plan.round_id)
    assert "13 người" in made
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "ds.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "DANH SÁCH MẪU BỆNH PHẨM GỬI XÉT NGHIỆM" in text
    assert "Ống QS-211120-001: gộp 4 mẫu, phòng 101" in text
    assert "Tổng cộng: 4 ống (4 ống gộp, 0 ống đơn), 13 người" in text
    assert "NGƯỜI LẤY MẪU" in text and "Số: 01/DS-" in text
    services.papers.make("sampling-labels", tmp_path / "nhan.pdf", DAY1,
                         round_id=plan.round_id)
    labels = subprocess.run(["pdftotext", str(tmp_path / "nhan.pdf"), "-"],
                            capture_output=True, text=True, check=True).stdout
    assert [c for c in labels.split() if c.startswith("QS-")] == [t.code for t in plan.tubes]
    with pytest.raises(ServiceError, match="--round"):
        services.papers.make("sampling-list", tmp_path / "x.pdf", DAY1)
