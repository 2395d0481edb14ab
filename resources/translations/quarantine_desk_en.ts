<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name></name>
    <message>
        <source>{PROG}: lỗi: {message}</source>
        <translation>{PROG}: error: {message}</translation>
    </message>
    <message>
        <source>Một bàn khác đang ghi vào cơ sở dữ liệu; đang chờ để ghi…</source>
        <translation>Another desk is writing to the database; waiting to write…</translation>
    </message>
    <message>
        <source>{PROG}: cảnh báo: {warning}</source>
        <translation>{PROG}: warning: {warning}</translation>
    </message>
    <message>
        <source>lỗi không lường trước ({kind}); chi tiết trong {folder}</source>
        <translation>unexpected error ({kind}); details in {folder}</translation>
    </message>
    <message>
        <source>{arg}: giá trị «{value}» không hợp lệ; chọn một trong: {choices}</source>
        <translation>{arg}: invalid value «{value}»; choose one of: {choices}</translation>
    </message>
    <message>
        <source>thiếu tham số: {args}</source>
        <translation>missing arguments: {args}</translation>
    </message>
    <message>
        <source>tham số không nhận ra: {args}</source>
        <translation>unrecognised arguments: {args}</translation>
    </message>
    <message>
        <source>{arg} cần một giá trị</source>
        <translation>{arg} needs a value</translation>
    </message>
    <message>
        <source>{message} (xem: {prog} --help)</source>
        <translation>{message} (see: {prog} --help)</translation>
    </message>
    <message>
        <source>ngày «{text}» phải có dạng YYYY-MM-DD</source>
        <translation>date «{text}» must look like YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ngày «{text}» phải trong các năm 2000 đến 2100</source>
        <translation>the date «{text}» must be in the years 2000 to 2100</translation>
    </message>
    <message>
        <source>năm «{text}» phải từ 2000 đến 2100</source>
        <translation>year «{text}» must be from 2000 to 2100</translation>
    </message>
    <message>
        <source>«{text}» quá lớn</source>
        <translation>«{text}» is too large</translation>
    </message>
    <message>
        <source>«{text}» không phải số nguyên</source>
        <translation>«{text}» is not a whole number</translation>
    </message>
    <message>
        <source>«{text}» phải lớn hơn 0</source>
        <translation>«{text}» must be greater than 0</translation>
    </message>
    <message>
        <source>nhiệt độ «{text}» phải là số, VD 37.8</source>
        <translation>temperature «{text}» must be a number, e.g. 37.8</translation>
    </message>
    <message>
        <source>«{text}» phải có dạng LETTER=FIELD, VD B=full_name</source>
        <translation>«{text}» must be LETTER=FIELD, e.g. B=full_name</translation>
    </message>
    <message>
        <source>không có trường «{name}»; xem: import --fields</source>
        <translation>there is no field «{name}»; see: import --fields</translation>
    </message>
    <message>
        <source>Quarantine Desk: quản lý khu cách ly y tế tập trung. Không có lệnh nào thì mở giao diện.</source>
        <translation>Quarantine Desk: managing centralised quarantine sites. With no command it opens the window.</translation>
    </message>
    <message>
        <source>ngôn ngữ giao diện: vi hoặc en (mặc định: lựa chọn đã lưu ở máy này)</source>
        <translation>interface language: vi or en (default: the choice saved on this computer)</translation>
    </message>
    <message>
        <source>tệp SQLite hoặc địa chỉ SQLAlchemy (mặc định: $QUARANTINE_DESK_DB, rồi thư mục dữ liệu của người dùng)</source>
        <translation>SQLite file or SQLAlchemy URL (default: $QUARANTINE_DESK_DB, then the user&apos;s data folder)</translation>
    </message>
    <message>
        <source>kiểm tra bản cài đặt (cơ sở dữ liệu tạm, nhập, bố trí, PDF, Excel, cửa sổ) rồi thoát</source>
        <translation>check the installation (temporary database, import, allocation, PDF, Excel, window) and exit</translation>
    </message>
    <message>
        <source>tài khoản đăng nhập (bắt buộc khi cơ sở dữ liệu đã có tài khoản); mật khẩu lấy từ $QUARANTINE_DESK_PASSWORD hoặc được hỏi</source>
        <translation>account to sign in with (required once the database has accounts); password from $QUARANTINE_DESK_PASSWORD or asked</translation>
    </message>
    <message>
        <source>nạp dữ liệu mẫu (chỉ một lần)</source>
        <translation>load the demo data (once only)</translation>
    </message>
    <message>
        <source>cơ sở cách ly</source>
        <translation>quarantine sites</translation>
    </message>
    <message>
        <source>thêm cơ sở cách ly</source>
        <translation>add a quarantine site</translation>
    </message>
    <message>
        <source>đơn vị quản lý</source>
        <translation>managing unit</translation>
    </message>
    <message>
        <source>danh sách cơ sở với số giường còn trống</source>
        <translation>list the sites with their free beds</translation>
    </message>
    <message>
        <source>phòng của một cơ sở</source>
        <translation>rooms of a facility</translation>
    </message>
    <message>
        <source>thêm một phòng</source>
        <translation>add a room</translation>
    </message>
    <message>
        <source>một phòng, hoặc cả dãy: 101-110</source>
        <translation>one room, or a whole range: 101-110</translation>
    </message>
    <message>
        <source>phòng dành riêng cho nam (M) hoặc nữ (F)</source>
        <translation>room set aside for men (M) or women (F)</translation>
    </message>
    <message>
        <source>khu</source>
        <translation>block</translation>
    </message>
    <message>
        <source>tầng</source>
        <translation>floor</translation>
    </message>
    <message>
        <source>mở lại phòng đang khử khuẩn trước hạn</source>
        <translation>reopen a room being cleaned before its date</translation>
    </message>
    <message>
        <source>lý do mở lại trước hạn</source>
        <translation>why it reopens early</translation>
    </message>
    <message>
        <source>các phòng của một cơ sở và số người đang ở</source>
        <translation>the rooms of a facility and how many people are in each</translation>
    </message>
    <message>
        <source>hộ gia đình (người đi cùng một gia đình)</source>
        <translation>households (people travelling as one family)</translation>
    </message>
    <message>
        <source>ghép những người này thành một hộ; in số hộ</source>
        <translation>make these people one household; prints its number</translation>
    </message>
    <message>
        <source>tách những người này khỏi hộ của họ</source>
        <translation>take these people out of their household</translation>
    </message>
    <message>
        <source>người cách ly</source>
        <translation>quarantined people</translation>
    </message>
    <message>
        <source>sửa thông tin một người (chỉ những gì được ghi)</source>
        <translation>edit one person&apos;s details (only what is given)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy hoặc năm sinh; &apos;none&apos; để xóa</source>
        <translation>dd/mm/yyyy or year of birth; &apos;none&apos; to clear</translation>
    </message>
    <message>
        <source>số giấy tờ; &apos;none&apos; để xóa</source>
        <translation>document number; &apos;none&apos; to clear</translation>
    </message>
    <message>
        <source>tiếp nhận một người tại chỗ (nhập cảnh trái phép, từ vùng dịch…)</source>
        <translation>register one person at the desk (illegal entry, from an outbreak area…)</translation>
    </message>
    <message>
        <source>họ và tên, hoặc «Không rõ tên»</source>
        <translation>full name, or «Không rõ tên» (name unknown)</translation>
    </message>
    <message>
        <source>mô tả nhận dạng khi không rõ tên</source>
        <translation>a description when the name is unknown</translation>
    </message>
    <message>
        <source>tuổi ước tính</source>
        <translation>approximate age</translation>
    </message>
    <message>
        <source>nơi đi: nước hoặc tỉnh</source>
        <translation>where from: country or province</translation>
    </message>
    <message>
        <source>vào đợt đến đã có</source>
        <translation>into an existing batch</translation>
    </message>
    <message>
        <source>ngày giao nhận</source>
        <translation>day of the hand-over</translation>
    </message>
    <message>
        <source>đơn vị phát hiện, bàn giao</source>
        <translation>the unit that found and handed them over</translation>
    </message>
    <message>
        <source>nơi phát hiện</source>
        <translation>where they were found</translation>
    </message>
    <message>
        <source>đường đi, phương tiện</source>
        <translation>route, means of travel</translation>
    </message>
    <message>
        <source>đưa vào cơ sở ngay</source>
        <translation>admit to this facility at once</translation>
    </message>
    <message>
        <source>đúng là người đã có số này</source>
        <translation>they are the known person with this number</translation>
    </message>
    <message>
        <source>danh sách người</source>
        <translation>list people</translation>
    </message>
    <message>
        <source>tên (có dấu hay không), số giấy tờ hoặc điện thoại</source>
        <translation>name (with or without diacritics), document number or phone</translation>
    </message>
    <message>
        <source>nhập danh sách người đến từ tệp Excel/ODS/CSV</source>
        <translation>import a list of arrivals from an Excel/ODS/CSV file</translation>
    </message>
    <message>
        <source>loại đợt đến (mặc định: đọc từ tiêu đề tệp, không thì flight)</source>
        <translation>arrival kind (default: read from the file&apos;s title, else flight)</translation>
    </message>
    <message>
        <source>số hiệu chuyến bay hoặc mã đợt</source>
        <translation>flight number or batch code</translation>
    </message>
    <message>
        <source>nơi đi</source>
        <translation>origin</translation>
    </message>
    <message>
        <source>cửa khẩu, sân bay nhập cảnh</source>
        <translation>border gate or airport of entry</translation>
    </message>
    <message>
        <source>đơn vị phát hiện (nhập cảnh trái phép)</source>
        <translation>detecting unit (illegal entry)</translation>
    </message>
    <message>
        <source>nhập vào đợt đến đã báo trước</source>
        <translation>import into an announced batch</translation>
    </message>
    <message>
        <source>kiểm tra, không ghi gì</source>
        <translation>check only, write nothing</translation>
    </message>
    <message>
        <source>ghi các dòng lỗi ra tệp Excel</source>
        <translation>write the failing rows to an Excel file</translation>
    </message>
    <message>
        <source>ghi đè tệp --errors-out đã có</source>
        <translation>replace an existing --errors-out file</translation>
    </message>
    <message>
        <source>bố trí chỗ ở cho cả một đợt đến</source>
        <translation>allocate beds for a whole arrival batch</translation>
    </message>
    <message>
        <source>cơ sở theo thứ tự ưu tiên (lặp lại được)</source>
        <translation>sites in order of preference (may be repeated)</translation>
    </message>
    <message>
        <source>ngày vào cách ly (mặc định: ngày đến)</source>
        <translation>admission date (default: the arrival date)</translation>
    </message>
    <message>
        <source>chỉ xem trước, không ghi</source>
        <translation>preview only, write nothing</translation>
    </message>
    <message>
        <source>cho phép tách một hộ sang nhiều cơ sở khi không cơ sở nào đủ chỗ cho cả hộ</source>
        <translation>allow a household to be split across facilities when none has room for all of it</translation>
    </message>
    <message>
        <source>đợt đến, kể cả đợt báo trước khi có danh sách</source>
        <translation>arrival batches, including those announced before their list</translation>
    </message>
    <message>
        <source>báo trước một đợt đến; giữ giường cho đợt</source>
        <translation>announce an arrival; hold beds for it</translation>
    </message>
    <message>
        <source>giữ N giường ở cơ sở CODE</source>
        <translation>hold N beds at facility CODE</translation>
    </message>
    <message>
        <source>các đợt đến</source>
        <translation>the arrival batches</translation>
    </message>
    <message>
        <source>trả lại giường đang giữ cho một đợt</source>
        <translation>give back the beds held for a batch</translation>
    </message>
    <message>
        <source>ca dương tính tại khu cách ly: người tiếp xúc gần và ngày mới</source>
        <translation>a positive case inside a site: close contacts and their new dates</translation>
    </message>
    <message>
        <source>ngày phát hiện (mặc định: hôm nay)</source>
        <translation>day it was found (default: today)</translation>
    </message>
    <message>
        <source>ghi lại (không có: chỉ xem)</source>
        <translation>record it (without: preview only)</translation>
    </message>
    <message>
        <source>chuyển ca bệnh đến bệnh viện</source>
        <translation>send the case to this hospital</translation>
    </message>
    <message>
        <source>đưa một người vào cơ sở cách ly</source>
        <translation>admit one person to a quarantine site</translation>
    </message>
    <message>
        <source>hoàn thành cách ly</source>
        <translation>release from quarantine</translation>
    </message>
    <message>
        <source>mọi người đến hạn vào ngày D</source>
        <translation>everyone due on date D</translation>
    </message>
    <message>
        <source>ngày hoàn thành (mặc định: hôm nay)</source>
        <translation>release date (default: today)</translation>
    </message>
    <message>
        <source>cho về dù thiếu/chờ/dương tính xét nghiệm lần cuối, kèm lý do</source>
        <translation>release despite a missing, pending or positive last test, with a reason</translation>
    </message>
    <message>
        <source>cho về người còn nợ tiền ăn khi cài đặt yêu cầu ghi chú (VD: hẹn nộp tại địa phương)</source>
        <translation>release someone who still owes for meals where the setting asks for a note (e.g. will pay at the commune)</translation>
    </message>
    <message>
        <source>chuyển bệnh viện hoặc chuyển cơ sở</source>
        <translation>transfer to hospital or to another site</translation>
    </message>
    <message>
        <source>ghi kết quả xét nghiệm</source>
        <translation>record a test result</translation>
    </message>
    <message>
        <source>ghi nhiệt độ, triệu chứng trong ngày</source>
        <translation>record the day&apos;s temperature and symptoms</translation>
    </message>
    <message>
        <source>in văn bản PDF theo thể thức Nghị định 30/2020/NĐ-CP</source>
        <translation>print a PDF document in the form of Decree 30/2020/NĐ-CP</translation>
    </message>
    <message>
        <source>đợt lấy mẫu (sampling-list, sampling-labels)</source>
        <translation>sampling round (sampling-list, sampling-labels)</translation>
    </message>
    <message>
        <source>ngày (mặc định: hôm nay)</source>
        <translation>date (default: today)</translation>
    </message>
    <message>
        <source>xuất danh sách ra Excel</source>
        <translation>export a list to Excel</translation>
    </message>
    <message>
        <source>sao lưu cơ sở dữ liệu (an toàn khi đang dùng)</source>
        <translation>back up the database (safe while in use)</translation>
    </message>
    <message>
        <source>ghi đè bản sao lưu đã có</source>
        <translation>replace an existing backup</translation>
    </message>
    <message>
        <source>khôi phục từ bản sao lưu (giữ lại bản đang dùng)</source>
        <translation>restore from a backup (the current database is kept)</translation>
    </message>
    <message>
        <source>kiểm tra mã xác thực trên giấy xác nhận</source>
        <translation>check the verification code on a release certificate</translation>
    </message>
    <message>
        <source>thông tin cơ quan ban hành, người ký</source>
        <translation>issuing office and signatory</translation>
    </message>
    <message>
        <source>xem các thiết lập</source>
        <translation>show the settings</translation>
    </message>
    <message>
        <source>đặt một thiết lập</source>
        <translation>set one setting</translation>
    </message>
    <message>
        <source>tài khoản người dùng (quản trị viên)</source>
        <translation>user accounts (administrators)</translation>
    </message>
    <message>
        <source>thêm tài khoản; mật khẩu lấy từ $QUARANTINE_DESK_NEW_PASSWORD hoặc được hỏi</source>
        <translation>add an account; password from $QUARANTINE_DESK_NEW_PASSWORD or asked</translation>
    </message>
    <message>
        <source>cơ sở giao cho cán bộ cơ sở (lặp lại được)</source>
        <translation>site assigned to a site officer (may be repeated)</translation>
    </message>
    <message>
        <source>danh sách tài khoản</source>
        <translation>list accounts</translation>
    </message>
    <message>
        <source>khóa tài khoản</source>
        <translation>lock an account</translation>
    </message>
    <message>
        <source>mở lại tài khoản</source>
        <translation>unlock an account</translation>
    </message>
    <message>
        <source>đổi mật khẩu (của mình, hoặc của người khác nếu là quản trị viên)</source>
        <translation>change a password (your own, or anyone&apos;s as an administrator)</translation>
    </message>
    <message>
        <source>giao cơ sở cho một tài khoản (thay danh sách cũ)</source>
        <translation>assign sites to an account (replaces the old list)</translation>
    </message>
    <message>
        <source>nhật ký thay đổi (quản trị viên)</source>
        <translation>audit trail (administrators)</translation>
    </message>
    <message>
        <source>xem nhật ký</source>
        <translation>show the audit trail</translation>
    </message>
    <message>
        <source>xuất nhật ký ra Excel</source>
        <translation>export the audit trail to Excel</translation>
    </message>
    <message>
        <source>người thực hiện</source>
        <translation>done by</translation>
    </message>
    <message>
        <source>loại thay đổi, VD release</source>
        <translation>kind of change, e.g. release</translation>
    </message>
    <message>
        <source>giường trống trong những ngày tới</source>
        <translation>free beds in the coming days</translation>
    </message>
    <message>
        <source>Đã nạp dữ liệu mẫu: {facilities} cơ sở, {batches} đợt đến, {people} người.</source>
        <translation>Demo data loaded: sites {facilities}, batches {batches}, people {people}.</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu đã được nạp ngày {loaded_on}; không thêm gì.</source>
        <translation>The demo data was loaded on {loaded_on}; nothing added.</translation>
    </message>
    <message>
        <source>Đã thêm cơ sở {code}: {name}, {beds} giường.</source>
        <translation>Site {code} added: {name}, beds: {beds}.</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Giường</source>
        <translation>Beds</translation>
    </message>
    <message>
        <source>Đang ở</source>
        <translation>Occupied</translation>
    </message>
    <message>
        <source>Trống</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>--hold cần dạng CODE=N, VD TQS-CT=40, không phải «{value}»</source>
        <translation>--hold takes CODE=N, e.g. TQS-CT=40, not «{value}»</translation>
    </message>
    <message>
        <source>Đã ghi đợt đến dự kiến số {batch_id}.</source>
        <translation>Announced batch number {batch_id} recorded.</translation>
    </message>
    <message>
        <source>Mã đợt</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Ngày đến</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Dự kiến</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Danh sách</source>
        <translation>Listed</translation>
    </message>
    <message>
        <source>Giường giữ</source>
        <translation>Beds held</translation>
    </message>
    <message>
        <source>Đã trả {beds} giường.</source>
        <translation>Beds given back: {beds}.</translation>
    </message>
    <message>
        <source>cần --batch ID, hoặc --kind và --date của lần giao nhận</source>
        <translation>give --batch ID, or the hand-over&apos;s --kind and --date</translation>
    </message>
    <message>
        <source>Đã tiếp nhận số {person_id} vào đợt số {batch_id}.</source>
        <translation>Registered number {person_id} in batch number {batch_id}.</translation>
    </message>
    <message>
        <source>  Có thể là {full_name} (số {id}): {why}. {history}</source>
        <translation>  May be {full_name} (number {id}): {why}. {history}</translation>
    </message>
    <message>
        <source>  Người nước ngoài: cần bàn giao cho cơ quan quản lý xuất nhập cảnh.</source>
        <translation>  Foreign national: to be handed over to the immigration authorities.</translation>
    </message>
    <message>
        <source>{label}; &apos;none&apos; để xóa</source>
        <translation>{label}; &apos;none&apos; to clear</translation>
    </message>
    <message>
        <source>Đã ghi</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Xem trước (chưa ghi gì)</source>
        <translation>Preview (nothing written)</translation>
    </message>
    <message>
        <source>{verb}: ca dương tính {full_name} tại {facility}; {n} người tiếp xúc gần.</source>
        <translation>{verb}: positive case {full_name} at {facility}; close contacts: {n}.</translation>
    </message>
    <message>
        <source>Đã mở lại phòng {room}.</source>
        <translation>Room {room} reopened.</translation>
    </message>
    <message>
        <source>Đã thêm phòng {room}: {beds} giường.</source>
        <translation>Added room {room}: {beds} beds.</translation>
    </message>
    <message>
        <source>Đã thêm {n} phòng {first}–{last}: mỗi phòng {beds} giường.</source>
        <translation>Added {n} rooms {first}–{last}: {beds} beds each.</translation>
    </message>
    <message>
        <source>Khu</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Tầng</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Đã tách {n} người khỏi hộ.</source>
        <translation>Took {n} people out of their household.</translation>
    </message>
    <message>
        <source>Không có người mang số {id}.</source>
        <translation>There is no person number {id}.</translation>
    </message>
    <message>
        <source>Đã lưu thông tin của {full_name} (số {id}).</source>
        <translation>Saved the details of {full_name} (number {id}).</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <source>Ý nghĩa</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>thiếu tệp danh sách (xem: {prog} import --help)</source>
        <translation>the list file is missing (see: {prog} import --help)</translation>
    </message>
    <message>
        <source>Hãy chỉ ra dòng tiêu đề bằng --header-row N và các cột bằng --column LETTER=FIELD (xem: import --fields).</source>
        <translation>Point at the header row with --header-row N and at the columns with --column LETTER=FIELD (see: import --fields).</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Năm sinh</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Giấy tờ</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Cơ sở</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Phòng</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>trang tính: tên, hoặc số thứ tự (1 là trang đầu)</source>
        <translation>sheet: its name, or its number (1 is the first sheet)</translation>
    </message>
    <message>
        <source>dòng tiêu đề là dòng N của trang (mặc định: tự tìm)</source>
        <translation>the header is row N of the sheet (default: found automatically)</translation>
    </message>
    <message>
        <source>cột LETTER dùng làm FIELD, VD --column B=full_name (lặp lại cho mỗi cột; xem --fields)</source>
        <translation>column LETTER holds FIELD, e.g. --column B=full_name (repeat for each column; see --fields)</translation>
    </message>
    <message>
        <source>liệt kê các tên FIELD dùng được với --column</source>
        <translation>list the FIELD names --column accepts</translation>
    </message>
    <message>
        <source>ca dương tính (positive-case), người nộp tiền (fee-notice)</source>
        <translation>positive case (positive-case), the person who pays (fee-notice)</translation>
    </message>
    <message>
        <source>khoản thu (fee-receipt)</source>
        <translation>payment (fee-receipt)</translation>
    </message>
    <message>
        <source>tháng của bảng kê tiền ăn (fees): ngày của văn bản là ngày cuối tháng</source>
        <translation>month of the meals statement (fees): the paper is dated the month&apos;s last day</translation>
    </message>
    <message>
        <source>số văn bản, VD 15/BC-BCH (mặc định: số tiếp theo trong sổ văn bản đi)</source>
        <translation>document number, e.g. 15/BC-BCH (default: the next number in the register of outgoing papers)</translation>
    </message>
    <message>
        <source>tháng (fees)</source>
        <translation>month (fees)</translation>
    </message>
    <message>
        <source>sổ đăng ký văn bản đi</source>
        <translation>register of outgoing papers</translation>
    </message>
    <message>
        <source>xem sổ văn bản đi</source>
        <translation>show the register of outgoing papers</translation>
    </message>
    <message>
        <source>loại văn bản, VD summary hoặc BC</source>
        <translation>kind of paper, e.g. summary or BC</translation>
    </message>
    <message>
        <source>xuất sổ văn bản đi ra Excel</source>
        <translation>export the register of outgoing papers to Excel</translation>
    </message>
    <message>
        <source>nội dung mã QR, VD QD1|2026|15/GXN-QS|…; hoặc dùng --number và --code</source>
        <translation>the QR code&apos;s text, e.g. QD1|2026|15/GXN-QS|…; or use --number and --code</translation>
    </message>
    <message>
        <source>số giấy in trên giấy, VD 15/GXN-TD-932</source>
        <translation>the number printed on the certificate, e.g. 15/GXN-TD-932</translation>
    </message>
    <message>
        <source>mã xác thực in trên giấy</source>
        <translation>the verification code printed on the certificate</translation>
    </message>
    <message>
        <source>năm cấp giấy (mặc định: năm của ngày cho về trên giấy)</source>
        <translation>year of issue (default: any year the number was issued in)</translation>
    </message>
    <message>
        <source>tháng «{text}» phải có dạng YYYY-MM</source>
        <translation>month «{text}» must be YYYY-MM</translation>
    </message>
    <message>
        <source>đặt riêng cho một cơ sở (đơn vị, chữ viết tắt, người ký); để trống để bỏ</source>
        <translation>set for one facility only (unit, abbreviation, signer); empty to remove</translation>
    </message>
    <message>
        <source>Dự kiến ra</source>
        <translation>Planned release</translation>
    </message>
    <message>
        <source>Tổng cộng: {n} người</source>
        <translation>Total: {n} people</translation>
    </message>
    <message>
        <source>Tệp {name}, trang «{sheet}», tiêu đề ở dòng {header_row}: đọc {rows_read} dòng.</source>
        <translation>File {name}, sheet «{sheet}», header in row {header_row}: rows read: {rows_read}.</translation>
    </message>
    <message>
        <source>Sẽ nhập</source>
        <translation>Would import</translation>
    </message>
    <message>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source> vào đợt số {batch_id}</source>
        <translation> into batch number {batch_id}</translation>
    </message>
    <message>
        <source>{verb} {imported} người{batch}; trùng {duplicates}; lỗi {n} dòng; cảnh báo {n2}.</source>
        <translation>{verb}: {imported} people{batch}; duplicates: {duplicates}; rows with errors: {n}; warnings: {n2}.</translation>
    </message>
    <message>
        <source>Đợt đã báo trước: {value}.</source>
        <translation>Announced batch: {value}.</translation>
    </message>
    <message>
        <source>{n} dòng đã có trong đợt số {batch_id}: bỏ qua.</source>
        <translation>{n} rows already in batch {batch_id}: skipped.</translation>
    </message>
    <message>
        <source>Tệp này có {n} người đã nhập ở đợt số {batch_id}; để thêm người còn lại vào đợt đó, dùng --batch {batch_id}.</source>
        <translation>This file has {n} people already imported into batch {batch_id}; to add the others to that batch, use --batch {batch_id}.</translation>
    </message>
    <message>
        <source>  Lỗi dòng {row}, cột {column}: {message}</source>
        <translation>  Error in row {row}, column {column}: {message}</translation>
    </message>
    <message>
        <source>dòng {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>, cột {column}</source>
        <translation>, column {column}</translation>
    </message>
    <message>
        <source>  Cảnh báo {where}: {message}</source>
        <translation>  Warning in {where}: {message}</translation>
    </message>
    <message>
        <source>Sẽ bố trí</source>
        <translation>Would allocate</translation>
    </message>
    <message>
        <source>Đã bố trí</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <source>{verb} {n} người, ngày vào {admitted_on:%d/%m/%Y}:</source>
        <translation>{verb}: {n} people, admitted on {admitted_on:%d/%m/%Y}:</translation>
    </message>
    <message>
        <source>  {code}: {n} người</source>
        <translation>  {code}: {n} people</translation>
    </message>
    <message>
        <source>Chưa bố trí được {n} người:</source>
        <translation>Not yet allocated: {n} people:</translation>
    </message>
    <message>
        <source>, phòng {room}</source>
        <translation>, room {room}</translation>
    </message>
    <message>
        <source>Đã nhận người số {person_id} vào {facility}{room} ngày {admitted_on:%d/%m/%Y}; dự kiến hoàn thành cách ly ngày {planned_release_on:%d/%m/%Y}.</source>
        <translation>Person number {person_id} admitted to {facility}{room} on {admitted_on:%d/%m/%Y}; planned release on {planned_release_on:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>cho danh sách PERSON_ID hoặc --due D, không cả hai</source>
        <translation>give PERSON_ID values or --due D, not both</translation>
    </message>
    <message>
        <source>Hoàn thành cách ly: {person_id} {full_name} ({facility}), giấy xác nhận số {certificate_number}</source>
        <translation>Released: {person_id} {full_name} ({facility}), certificate number {certificate_number}</translation>
    </message>
    <message>
        <source>Còn nợ tiền ăn: {person_id} {full_name}: {amount} đồng</source>
        <translation>Still owes for meals: {person_id} {full_name}: {amount} VND</translation>
    </message>
    <message>
        <source>Không cho về: {person_id} {full_name}: {reason}</source>
        <translation>Not released: {person_id} {full_name}: {reason}</translation>
    </message>
    <message>
        <source>Đã chuyển người số {person} đến {hospital}; giường đã được trả.</source>
        <translation>Person number {person} transferred to {hospital}; the bed is free again.</translation>
    </message>
    <message>
        <source>Đã chuyển người số {person} đến {value}; vẫn dự kiến hoàn thành cách ly ngày {planned_release_on:%d/%m/%Y}.</source>
        <translation>Person number {person} transferred to {value}; planned release still on {planned_release_on:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>Đã ghi xét nghiệm {kind} ngày {date:%d/%m/%Y} của người số {person}.</source>
        <translation>Recorded the {kind} test of {date:%d/%m/%Y} for person number {person}.</translation>
    </message>
    <message>
        <source>Dương tính: hãy chuyển người này đến bệnh viện (lệnh transfer --hospital).</source>
        <translation>Positive: transfer this person to hospital (command transfer --hospital).</translation>
    </message>
    <message>
        <source>Đã ghi {temp:.1f} °C ngày {date:%d/%m/%Y} cho người số {person}.</source>
        <translation>Recorded {temp:.1f} °C on {date:%d/%m/%Y} for person number {person}.</translation>
    </message>
    <message>
        <source>Sốt từ 37,5 °C: chuyển đi khám và điều trị.</source>
        <translation>Fever from 37.5 °C: send for examination and treatment.</translation>
    </message>
    <message>
        <source>tiền ăn của người cách ly (Nghị quyết 16/NQ-CP)</source>
        <translation>meals paid by people in quarantine (Resolution 16/NQ-CP)</translation>
    </message>
    <message>
        <source>xem số tiền phải nộp, đã nộp, còn lại</source>
        <translation>show what is due, paid and left</translation>
    </message>
    <message>
        <source>ghi một khoản nộp tiền</source>
        <translation>record a payment</translation>
    </message>
    <message>
        <source>số tiền (đồng)</source>
        <translation>amount (VND)</translation>
    </message>
    <message>
        <source>ngày nộp (mặc định: hôm nay)</source>
        <translation>day paid (default: today)</translation>
    </message>
    <message>
        <source>số biên lai</source>
        <translation>receipt number</translation>
    </message>
    <message>
        <source>hủy một khoản thu bằng một khoản ngược lại</source>
        <translation>undo a payment by an opposite one</translation>
    </message>
    <message>
        <source>lý do hủy</source>
        <translation>why it is undone</translation>
    </message>
    <message>
        <source>ghi miễn tiền ăn kèm văn bản</source>
        <translation>record an exemption with its paper</translation>
    </message>
    <message>
        <source>văn bản cho miễn, VD «Giấy chứng nhận hộ nghèo số 12/GCN-UBND»</source>
        <translation>the paper granting it, e.g. «poor household certificate no. 12/GCN-UBND»</translation>
    </message>
    <message>
        <source>các mức thu theo loại cơ sở và ngày áp dụng</source>
        <translation>the rates by kind of site and start date</translation>
    </message>
    <message>
        <source>đặt mức thu của một loại cơ sở từ một ngày</source>
        <translation>set a kind of site&apos;s rate from a day</translation>
    </message>
    <message>
        <source>military, hotel, medical, school, other, hoặc * (mọi loại)</source>
        <translation>military, hotel, medical, school, other, or * (every kind)</translation>
    </message>
    <message>
        <source>đồng một ngày, người cách ly trả</source>
        <translation>VND a day, paid by the person</translation>
    </message>
    <message>
        <source>đồng một ngày, nhà nước chi</source>
        <translation>VND a day, paid by the state</translation>
    </message>
    <message>
        <source>văn bản quy định mức thu</source>
        <translation>the document setting the rate</translation>
    </message>
    <message>
        <source>số suất ăn (người-ngày) của một cơ sở theo ngày</source>
        <translation>a site&apos;s meals (person-days) by day</translation>
    </message>
    <message>
        <source>«{text}» phải là số đồng, VD 80000</source>
        <translation>«{text}» must be an amount in VND, e.g. 80000</translation>
    </message>
    <message>
        <source>Loại cơ sở</source>
        <translation>Kind of site</translation>
    </message>
    <message>
        <source>Người cách ly trả</source>
        <translation>Paid by the person</translation>
    </message>
    <message>
        <source>Nhà nước chi</source>
        <translation>Paid by the state</translation>
    </message>
    <message>
        <source>Căn cứ</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Đã đặt mức thu.</source>
        <translation>Rate set.</translation>
    </message>
    <message>
        <source>cho --person ID, hoặc một lệnh: pay, reverse, exempt</source>
        <translation>give --person ID, or a command: pay, reverse, exempt</translation>
    </message>
    <message>
        <source>{name} (số {id}): {days} ngày, phải nộp {due} đồng, miễn {exempt}, đã nộp {paid}, còn lại {balance} đồng.</source>
        <translation>{name} (no. {id}): {days} days, due {due} VND, exempt {exempt}, paid {paid}, left {balance} VND.</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Mức/ngày</source>
        <translation>Rate/day</translation>
    </message>
    <message>
        <source>Thành tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Miễn ({kind}): {document}</source>
        <translation>Exempt ({kind}): {document}</translation>
    </message>
    <message>
        <source>Đã ghi khoản thu số {id}; còn lại {balance} đồng.</source>
        <translation>Payment {id} recorded; {balance} VND left.</translation>
    </message>
    <message>
        <source>Đã hủy bằng khoản số {id}; còn lại {balance} đồng.</source>
        <translation>Undone by payment {id}; {balance} VND left.</translation>
    </message>
    <message>
        <source>Đã ghi miễn tiền ăn.</source>
        <translation>Exemption recorded.</translation>
    </message>
    <message>
        <source>Đã có miễn này, không ghi gì mới.</source>
        <translation>That exemption is there already; nothing new recorded.</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Số người (suất ăn cả ngày)</source>
        <translation>People (a day&apos;s meals)</translation>
    </message>
    <message>
        <source>Sắp đến</source>
        <translation>Arriving</translation>
    </message>
    <message>
        <source>Thư mục {parent} không tồn tại.</source>
        <translation>Folder {parent} does not exist.</translation>
    </message>
    <message>
        <source>Đã in ra {output}: {what}</source>
        <translation>Printed to {output}: {what}</translation>
    </message>
    <message>
        <source>Đã xuất ra {output}: {what}</source>
        <translation>Exported to {output}: {what}</translation>
    </message>
    <message>
        <source>Đã sao lưu vào {path}.</source>
        <translation>Backed up to {path}.</translation>
    </message>
    <message>
        <source>Đã khôi phục từ {file}; cơ sở dữ liệu cũ được giữ tại {kept}.</source>
        <translation>Restored from {file}; the old database is kept at {kept}.</translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Dùng nội dung mã QR, hoặc --number với --code, không dùng cả hai.</source>
        <translation>Give the QR code&apos;s text, or --number with --code, not both.</translation>
    </message>
    <message>
        <source>Cho nội dung mã QR, hoặc số giấy (--number) và mã xác thực (--code) in trên giấy.</source>
        <translation>Give the QR code&apos;s text, or the number (--number) and verification code (--code) printed on the certificate.</translation>
    </message>
    <message>
        <source>«{name}» là thiết lập chung, không đặt riêng cho cơ sở.</source>
        <translation>«{name}» is a setting of the whole office, not of one facility.</translation>
    </message>
    <message>
        <source>Đã lưu {name}.</source>
        <translation>Saved {name}.</translation>
    </message>
    <message>
        <source>Mật khẩu mới: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>Nhập lại: </source>
        <translation>Repeat: </translation>
    </message>
    <message>
        <source>hai lần nhập mật khẩu không khớp</source>
        <translation>the two passwords do not match</translation>
    </message>
    <message>
        <source>không hỏi được mật khẩu (không có cửa sổ lệnh); đặt biến môi trường QUARANTINE_DESK_PASSWORD hoặc QUARANTINE_DESK_NEW_PASSWORD</source>
        <translation>cannot ask for a password (no terminal); set the environment variable QUARANTINE_DESK_PASSWORD or QUARANTINE_DESK_NEW_PASSWORD</translation>
    </message>
    <message>
        <source>đã hủy nhập mật khẩu</source>
        <translation>password entry cancelled</translation>
    </message>
    <message>
        <source>khôi phục cả khi nhật ký thao tác trong bản sao lưu đã bị sửa</source>
        <translation>restore even when the backup&apos;s audit trail has been tampered with</translation>
    </message>
    <message>
        <source>mã hóa tệp cơ sở dữ liệu (SQLCipher); in khóa khôi phục một lần</source>
        <translation>encrypt the database file (SQLCipher); print the recovery key once</translation>
    </message>
    <message>
        <source>khóa của cơ sở dữ liệu mã hóa trên máy này</source>
        <translation>the key of an encrypted database on this computer</translation>
    </message>
    <message>
        <source>lưu khóa khôi phục để máy này mở được cơ sở dữ liệu mã hóa</source>
        <translation>keep the recovery key so that this computer opens the encrypted database</translation>
    </message>
    <message>
        <source>ghi đè tệp đã có</source>
        <translation>replace an existing file</translation>
    </message>
    <message>
        <source>kiểm tra nhật ký không bị sửa, xóa hay chèn</source>
        <translation>check that no entry of the trail was edited, removed or inserted</translation>
    </message>
    <message>
        <source>Đã mã hóa cơ sở dữ liệu. Máy này giữ khóa của nó; chương trình mở như trước.</source>
        <translation>The database is encrypted. This computer keeps its key; the program opens it as before.</translation>
    </message>
    <message>
        <source>KHÓA KHÔI PHỤC (in ra và cất nơi an toàn; cần để mở cơ sở dữ liệu và các bản sao lưu trên máy khác; không hiện lại lần nữa):</source>
        <translation>RECOVERY KEY (print it and keep it safe; it opens the database and its backups on another computer; it is not shown again):</translation>
    </message>
    <message>
        <source>Bản chưa mã hóa được giữ tại {kept}: hãy kiểm tra rồi xóa hẳn hoặc cất vào nơi an toàn.</source>
        <translation>The unencrypted file was kept at {kept}: check it, then delete it for good or lock it away.</translation>
    </message>
    <message>
        <source>Khóa khôi phục: </source>
        <translation>Recovery key: </translation>
    </message>
    <message>
        <source>Đã lưu khóa trên máy này cho {path}.</source>
        <translation>The key for {path} is kept on this computer.</translation>
    </message>
    <message>
        <source>Tài khoản đầu tiên phải là quản trị viên (--role admin).</source>
        <translation>The first account must be an administrator (--role admin).</translation>
    </message>
    <message>
        <source>Quản trị viên không cần giao cơ sở.</source>
        <translation>Administrators need no assigned sites.</translation>
    </message>
    <message>
        <source>Đã tạo quản trị viên {value}; từ nay mọi lệnh cần --user.</source>
        <translation>Administrator {value} created; from now on every command needs --user.</translation>
    </message>
    <message>
        <source>Đã thêm tài khoản {username} ({role_label}).</source>
        <translation>Account {username} added ({role_label}).</translation>
    </message>
    <message>
        <source>hoạt động</source>
        <translation>active</translation>
    </message>
    <message>
        <source>đã khóa</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Đăng nhập gần nhất</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Đã khóa tài khoản {name}.</source>
        <translation>Account {name} locked.</translation>
    </message>
    <message>
        <source>Đã mở lại tài khoản {name}.</source>
        <translation>Account {name} unlocked.</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại: </source>
        <translation>Current password: </translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu của {name}.</source>
        <translation>Password of {name} changed.</translation>
    </message>
    <message>
        <source>không có cơ sở nào</source>
        <translation>no sites</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Người</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Đã xuất ra {output}: {value}</source>
        <translation>Exported to {output}: {value}</translation>
    </message>
    <message>
        <source>Nhật ký thao tác nguyên vẹn: {entries} mục, không mục nào bị sửa, xóa hay chèn.</source>
        <translation>The audit trail is intact: {entries} entries, none edited, removed or inserted.</translation>
    </message>
    <message>
        <source>Nhật ký thao tác đã bị can thiệp ngoài chương trình:</source>
        <translation>The audit trail has been tampered with outside the program:</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu chưa có tài khoản nào; tạo quản trị viên đầu tiên bằng: user add TÊN --role admin</source>
        <translation>the database has no account yet; create the first administrator with: user add NAME --role admin</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu này có tài khoản: hãy đăng nhập bằng --user TÊN</source>
        <translation>this database has accounts: sign in with --user NAME</translation>
    </message>
    <message>
        <source>Mật khẩu của {user}: </source>
        <translation>Password for {user}: </translation>
    </message>
    <message>
        <source>Tiêm chưa đủ liều</source>
        <translation>Partly vaccinated</translation>
    </message>
    <message>
        <source>Chưa tiêm</source>
        <translation>Not vaccinated</translation>
    </message>
    <message>
        <source>Đã khỏi bệnh</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <source>Quân đội</source>
        <translation>Military</translation>
    </message>
    <message>
        <source>Khách sạn</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Cơ sở y tế</source>
        <translation>Health facility</translation>
    </message>
    <message>
        <source>Trường học, ký túc xá</source>
        <translation>School, dormitory</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Dự phòng</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>Đã đóng</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Chuyến bay</source>
        <translation>Flight</translation>
    </message>
    <message>
        <source>Cửa khẩu đường bộ</source>
        <translation>Land border gate</translation>
    </message>
    <message>
        <source>Cảng biển</source>
        <translation>Seaport</translation>
    </message>
    <message>
        <source>Đường bộ</source>
        <translation>By road</translation>
    </message>
    <message>
        <source>Nhập cảnh trái phép</source>
        <translation>Illegal entry</translation>
    </message>
    <message>
        <source>Từ vùng dịch trong nước</source>
        <translation>From an outbreak area in the country</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <source>CMND</source>
        <translation>CMND</translation>
    </message>
    <message>
        <source>Hộ chiếu</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Giấy tờ khác</source>
        <translation>Other document</translation>
    </message>
    <message>
        <source>Mới đến</source>
        <translation>Just arrived</translation>
    </message>
    <message>
        <source>Đang cách ly</source>
        <translation>In quarantine</translation>
    </message>
    <message>
        <source>Hoàn thành cách ly</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Chuyển bệnh viện</source>
        <translation>Transferred to hospital</translation>
    </message>
    <message>
        <source>Chuyển nơi khác</source>
        <translation>Transferred elsewhere</translation>
    </message>
    <message>
        <source>Bỏ trốn</source>
        <translation>Absconded</translation>
    </message>
    <message>
        <source>Chờ kết quả</source>
        <translation>Awaiting result</translation>
    </message>
    <message>
        <source>Âm tính</source>
        <translation>Negative</translation>
    </message>
    <message>
        <source>Dương tính</source>
        <translation>Positive</translation>
    </message>
    <message>
        <source>Mẫu gộp dương tính</source>
        <translation>Pool positive</translation>
    </message>
    <message>
        <source>Nghi ngờ</source>
        <translation>Inconclusive</translation>
    </message>
    <message>
        <source>Quản trị cấp huyện</source>
        <translation>District administrator</translation>
    </message>
    <message>
        <source>Cán bộ cơ sở cách ly</source>
        <translation>Site officer</translation>
    </message>
    <message>
        <source>Chỉ xem và in</source>
        <translation>View and print only</translation>
    </message>
    <message>
        <source>14 ngày; xét nghiệm khi đến và trước khi kết thúc cách ly</source>
        <translation>14 days; test on arrival and before the end of quarantine</translation>
    </message>
    <message>
        <source>14 ngày; xét nghiệm trong 2 ngày đầu và ngày thứ 14</source>
        <translation>14 days; test within the first 2 days and on day 14</translation>
    </message>
    <message>
        <source>21 ngày; xét nghiệm ngày 1, 14, 20; theo dõi tại nhà 7 ngày</source>
        <translation>21 days; tests on days 1, 14, 20; 7 days of home monitoring</translation>
    </message>
    <message>
        <source>5599/BYT-MT 14/7/2021: 14 ngày, theo dõi tại nhà 14 ngày</source>
        <translation>5599/BYT-MT 14/7/2021: 14 days, 14 days of home monitoring</translation>
    </message>
    <message>
        <source>7 ngày cho người đã tiêm đủ liều hoặc đã khỏi bệnh</source>
        <translation>7 days for the fully vaccinated or recovered</translation>
    </message>
    <message>
        <source>8399/BYT-MT 6/10/2021: đã tiêm đủ liều: 7 ngày, theo dõi tại nhà 7 ngày</source>
        <translation>8399/BYT-MT 6/10/2021: fully vaccinated: 7 days, 7 days of home monitoring</translation>
    </message>
    <message>
        <source>8399/BYT-MT 6/10/2021: đã khỏi bệnh: 7 ngày, theo dõi tại nhà 7 ngày</source>
        <translation>8399/BYT-MT 6/10/2021: recovered: 7 days, 7 days of home monitoring</translation>
    </message>
    <message>
        <source>8399/BYT-MT 6/10/2021: tiêm chưa đủ liều: 7 ngày, theo dõi tại nhà 7 ngày</source>
        <translation>8399/BYT-MT 6/10/2021: partly vaccinated: 7 days, 7 days of home monitoring</translation>
    </message>
    <message>
        <source>8399/BYT-MT 6/10/2021: chưa tiêm: 14 ngày, theo dõi tại nhà 14 ngày</source>
        <translation>8399/BYT-MT 6/10/2021: not vaccinated: 14 days, 14 days of home monitoring</translation>
    </message>
    <message>
        <source>Không có quy định cách ly nào áp dụng cho ngày {admitted_on:%d/%m/%Y}</source>
        <translation>No quarantine rule applies to the date {admitted_on:%d/%m/%Y}</translation>
    </message>
    <message>
        <source>Lý do không nhập được</source>
        <translation>Why it was not imported</translation>
    </message>
    <message>
        <source>Dòng trong tệp gốc</source>
        <translation>Row in the original file</translation>
    </message>
    <message>
        <source>Dòng lỗi</source>
        <translation>Rows with errors</translation>
    </message>
    <message>
        <source>cột {column}: {message}</source>
        <translation>column {column}: {message}</translation>
    </message>
    <message>
        <source>dài {n} ký tự, quá {limit}: chỉ giữ {limit} ký tự đầu; hãy xem lại ô này</source>
        <translation>{n} characters long, over {limit}: only the first {limit} are kept; check this cell</translation>
    </message>
    <message>
        <source>{what} «{value}» không đọc được; giữ nguyên trong thông tin thêm</source>
        <translation>{what} «{value}» cannot be read; kept as written in the other information</translation>
    </message>
    <message>
        <source>Số thứ tự (bỏ qua)</source>
        <translation>Row number (ignored)</translation>
    </message>
    <message>
        <source>Họ</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Tên đệm và tên</source>
        <translation>Middle and given names</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Số giấy tờ (hộ chiếu/CCCD/CMND)</source>
        <translation>Document number (passport/CCCD/CMND)</translation>
    </message>
    <message>
        <source>Số hộ chiếu</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>CCCD number</translation>
    </message>
    <message>
        <source>Số CMND</source>
        <translation>CMND number</translation>
    </message>
    <message>
        <source>Quốc tịch</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Địa chỉ thường trú</source>
        <translation>Permanent address</translation>
    </message>
    <message>
        <source>Nơi ở sau cách ly (tạm trú)</source>
        <translation>Address after quarantine (temporary residence)</translation>
    </message>
    <message>
        <source>Mã số bảo hiểm y tế</source>
        <translation>Health insurance number</translation>
    </message>
    <message>
        <source>Thông tin tiêm chủng</source>
        <translation>Vaccination</translation>
    </message>
    <message>
        <source>Ngày đến (thay ngày của đợt cho người này)</source>
        <translation>Arrival date (replaces the batch&apos;s for this person)</translation>
    </message>
    <message>
        <source>ngày đến</source>
        <translation>arrival date</translation>
    </message>
    <message>
        <source>Triệu chứng khi đến</source>
        <translation>Symptoms on arrival</translation>
    </message>
    <message>
        <source>Chế độ ăn</source>
        <translation>Diet</translation>
    </message>
    <message>
        <source>Phòng (xếp vào phòng này nếu đúng quy tắc phòng)</source>
        <translation>Room (placed there when the room rules allow)</translation>
    </message>
    <message>
        <source>Không sửa được trường «{name}».</source>
        <translation>The field «{name}» cannot be edited.</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Nhóm, hộ gia đình (cùng giá trị là cùng hộ)</source>
        <translation>Group, household (the same value is the same household)</translation>
    </message>
    <message>
        <source>Quan hệ với chủ hộ</source>
        <translation>Relation to the head of household</translation>
    </message>
    <message>
        <source>Giữ làm thông tin thêm</source>
        <translation>Keep as extra data</translation>
    </message>
    <message>
        <source>Bỏ qua cột này</source>
        <translation>Ignore this column</translation>
    </message>
    <message>
        <source>Không tìm thấy dòng tiêu đề trong {rows} dòng đầu (cần cột «Họ và tên» và ít nhất một cột như ngày sinh, giới tính, số giấy tờ).</source>
        <translation>No header row found in the first {rows} rows (a «Full name» column is needed, and at least one column such as date of birth, sex or document number).</translation>
    </message>
    <message>
        <source>Trang «{name}» chỉ có {count} dòng; không có dòng tiêu đề {row}.</source>
        <translation>Sheet «{name}» has only {count} rows; there is no header row {row}.</translation>
    </message>
    <message>
        <source>Dòng tiêu đề chỉ có {count} cột (đến cột {last}); không có cột {column}.</source>
        <translation>The header row has only {count} columns (up to column {last}); there is no column {column}.</translation>
    </message>
    <message>
        <source>Tệp không có trang tính số {value}.</source>
        <translation>The file has no sheet number {value}.</translation>
    </message>
    <message>
        <source>Tệp không có trang tính «{name}»; các trang: {names}.</source>
        <translation>The file has no sheet «{name}»; its sheets: {names}.</translation>
    </message>
    <message>
        <source>Cột {value}</source>
        <translation>Column {value}</translation>
    </message>
    <message>
        <source>Chưa chọn cột họ tên: cần «Họ và tên», hoặc «Họ» và «Tên».</source>
        <translation>No name column chosen: «Full name», or «Surname» and «Given names», is needed.</translation>
    </message>
    <message>
        <source>Tệp chỉ có dòng tiêu đề, không có ai trong danh sách.</source>
        <translation>The file has only a header row; nobody is on the list.</translation>
    </message>
    <message>
        <source>số giấy tờ {id_number} đã ghi ở dòng {earlier} cho {full_name}; hai người khác nhau không thể cùng một số giấy tờ: hãy sửa số ở một trong hai dòng</source>
        <translation>document number {id_number} is already given on row {earlier} for {full_name}; two different people cannot share one document number: correct the number on one of the two rows</translation>
    </message>
    <message>
        <source>trùng số giấy tờ {id_number} với dòng {earlier}</source>
        <translation>same document number {id_number} as row {earlier}</translation>
    </message>
    <message>
        <source>; tên khác hẳn, hãy kiểm tra số giấy tờ</source>
        <translation>; the name is quite different, check the document number</translation>
    </message>
    <message>
        <source>đã có trong cơ sở dữ liệu: {full_name} (số {id}), cùng số giấy tờ {id_number}{note}</source>
        <translation>already in the database: {full_name} (number {id}), same document number {id_number}{note}</translation>
    </message>
    <message>
        <source>có thể trùng với {full_name} (số {id}) đã có trong cơ sở dữ liệu: tên giống {value:.0f}%, cùng ngày/năm sinh</source>
        <translation>may be the same person as {full_name} (number {id}) in the database: names {value:.0f}% alike, same date/year of birth</translation>
    </message>
    <message>
        <source>có thể trùng với dòng {row}: tên giống {score:.0f}%, cùng ngày/năm sinh</source>
        <translation>may be the same person as row {row}: names {score:.0f}% alike, same date/year of birth</translation>
    </message>
    <message>
        <source>{header}: đã sửa khi xem trước, «{before}» thành «{after}»</source>
        <translation>{header}: corrected in the preview, «{before}» to «{after}»</translation>
    </message>
    <message>
        <source>thiếu họ tên</source>
        <translation>name missing</translation>
    </message>
    <message>
        <source>thiếu giới tính</source>
        <translation>sex missing</translation>
    </message>
    <message>
        <source>năm sinh {birth_year} khác ngày sinh đã ghi</source>
        <translation>year of birth {birth_year} differs from the date of birth given</translation>
    </message>
    <message>
        <source>thiếu ngày sinh</source>
        <translation>date of birth missing</translation>
    </message>
    <message>
        <source>thiếu số giấy tờ (trẻ em có thể đi theo hộ chiếu của cha mẹ)</source>
        <translation>document number missing (children may travel on a parent&apos;s passport)</translation>
    </message>
    <message>
        <source>số CCCD {id_number} ghi giới tính {value}, khác cột giới tính</source>
        <translation>CCCD number {id_number} encodes the sex {value}, unlike the sex column</translation>
    </message>
    <message>
        <source>số CCCD {id_number} ghi năm sinh {birth_year}, khác năm sinh {birth_year2}</source>
        <translation>CCCD number {id_number} encodes the year of birth {birth_year}, unlike the year {birth_year2}</translation>
    </message>
    <message>
        <source>{exc}; giữ nguyên trong thông tin thêm</source>
        <translation>{exc}; kept unchanged in the extra data</translation>
    </message>
    <message>
        <source>địa chỉ dài {n} ký tự, quá {limit}: chỉ giữ {limit} ký tự đầu; hãy xem lại ô này</source>
        <translation>the address is {n} characters long, more than {limit}: only the first {limit} characters are kept; check this cell</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp {path}.</source>
        <translation>File {path} not found.</translation>
    </message>
    <message>
        <source>{path} là một thư mục, không phải tệp bảng tính.</source>
        <translation>{path} is a folder, not a spreadsheet file.</translation>
    </message>
    <message>
        <source>Tệp {name} rỗng.</source>
        <translation>File {name} is empty.</translation>
    </message>
    <message>
        <source>Tệp {name} quá lớn ({value} MB).</source>
        <translation>File {name} is too large ({value} MB).</translation>
    </message>
    <message>
        <source>Không đọc được tệp {name}: {strerror}.</source>
        <translation>Could not read file {name}: {strerror}.</translation>
    </message>
    <message>
        <source>Tệp {name} không phải bảng tính (chỉ nhận .xlsx, .xlsm, .xls, .ods, .csv).</source>
        <translation>File {name} is not a spreadsheet (only .xlsx, .xlsm, .xls, .ods and .csv are accepted).</translation>
    </message>
    <message>
        <source>Tệp {name} không có dữ liệu.</source>
        <translation>File {name} holds no data.</translation>
    </message>
    <message>
        <source>Tệp {name} được đặt mật khẩu; hãy gỡ mật khẩu rồi gửi lại.</source>
        <translation>File {name} is password-protected; remove the password and send it again.</translation>
    </message>
    <message>
        <source>Tệp {name} được đặt mật khẩu hoặc mã hóa; hãy gỡ mật khẩu rồi gửi lại.</source>
        <translation>File {name} is password-protected or encrypted; remove the password and send it again.</translation>
    </message>
    <message>
        <source>Không đọc được {name}: tệp hỏng, bị cắt cụt hoặc không phải bảng tính.</source>
        <translation>Could not read {name}: the file is damaged, truncated or not a spreadsheet.</translation>
    </message>
    <message>
        <source>Không đọc được {name}: tệp hỏng hoặc bị cắt cụt giữa chừng.</source>
        <translation>Could not read {name}: the file is damaged or cut off part-way.</translation>
    </message>
    <message>
        <source>Trang {sheet} của {name} có {value} hàng, quá giới hạn {limit} hàng của một danh sách; hãy chia tệp ra.</source>
        <translation>Sheet {sheet} of {name} has {value} rows, beyond the limit of {limit} rows for one list; split the file.</translation>
    </message>
    <message>
        <source>Trang {sheet} của {name} có {value} cột, quá giới hạn {limit} cột; hãy xóa các cột thừa rồi lưu lại.</source>
        <translation>Sheet {sheet} of {name} has {value} columns, beyond the limit of {limit}; delete the extra columns and save again.</translation>
    </message>
    <message>
        <source>Một ô trong trang {sheet} của {name} dài hơn {limit} ký tự, giới hạn của một ô; hãy sửa ô đó rồi lưu lại.</source>
        <translation>A cell in sheet {sheet} of {name} is longer than {limit} characters, the limit for one cell; fix that cell and save again.</translation>
    </message>
    <message>
        <source>Tệp {name} giải nén ra {value} MB, quá giới hạn {limit} MB của một danh sách; tệp có thể bị hỏng hoặc cố ý làm phình.</source>
        <translation>{name} unpacks to {value} MB, beyond the limit of {limit} MB for one list; the file may be damaged or deliberately inflated.</translation>
    </message>
    <message>
        <source>Việc đọc {name} bị dừng giữa chừng (tiến trình đọc tệp bị tắt từ bên ngoài); không có gì được ghi. Hãy thử lại.</source>
        <translation>Reading {name} was stopped half-way (the process reading the file was ended from outside); nothing was written. Try again.</translation>
    </message>
    <message>
        <source>Không đọc được {name}: bảng tính cần quá nhiều bộ nhớ (quá nhiều ô, hoặc có ô nằm rất xa như XFD1048576) hoặc tệp hỏng; hãy mở bằng Excel, xóa các hàng và cột thừa rồi lưu lại.</source>
        <translation>Cannot read {name}: the workbook needs too much memory (too many cells, or a cell far out such as XFD1048576) or the file is damaged; open it in Excel, delete the extra rows and columns and save again.</translation>
    </message>
    <message>
        <source>Tệp {name} không có trang tính nào.</source>
        <translation>File {name} has no sheets.</translation>
    </message>
    <message>
        <source>Tệp {name} không phải tệp CSV văn bản.</source>
        <translation>File {name} is not a text CSV file.</translation>
    </message>
    <message>
        <source>Không nhận ra bảng mã của {name} (chỉ nhận UTF-8 hoặc Windows-1258).</source>
        <translation>Unknown text encoding in {name} (only UTF-8 or Windows-1258 are accepted).</translation>
    </message>
    <message>
        <source>Tệp CSV {name} sai định dạng: {exc}.</source>
        <translation>CSV file {name} is malformed: {exc}.</translation>
    </message>
    <message>
        <source>ngày sinh {d:%d/%m/%Y} ở tương lai</source>
        <translation>date of birth {d:%d/%m/%Y} is in the future</translation>
    </message>
    <message>
        <source>ngày sinh {d:%d/%m/%Y} cho tuổi trên {MAX_AGE}</source>
        <translation>date of birth {d:%d/%m/%Y} gives an age over {MAX_AGE}</translation>
    </message>
    <message>
        <source>năm sinh {year} ở tương lai</source>
        <translation>year of birth {year} is in the future</translation>
    </message>
    <message>
        <source>năm sinh {year} cho tuổi trên {MAX_AGE}</source>
        <translation>year of birth {year} gives an age over {MAX_AGE}</translation>
    </message>
    <message>
        <source>ngày «{original}» không tồn tại (đọc theo ngày/tháng/năm)</source>
        <translation>date «{original}» does not exist (read as day/month/year)</translation>
    </message>
    <message>
        <source>ngày sinh không hợp lệ</source>
        <translation>invalid date of birth</translation>
    </message>
    <message>
        <source>ngày sinh «{value}» không hợp lệ</source>
        <translation>invalid date of birth «{value}»</translation>
    </message>
    <message>
        <source>tháng «{value}» không nhận ra</source>
        <translation>month «{value}» not recognised</translation>
    </message>
    <message>
        <source>ngày sinh «{text}» không đọc được</source>
        <translation>date of birth «{text}» cannot be read</translation>
    </message>
    <message>
        <source>giới tính «{value}» không nhận ra (Nam/Nữ)</source>
        <translation>sex «{value}» not recognised (Nam/Nữ, M/F)</translation>
    </message>
    <message>
        <source>họ tên chỉ có ký tự vô hình</source>
        <translation>the name holds only invisible characters</translation>
    </message>
    <message>
        <source>họ tên dài quá {MAX_NAME} ký tự</source>
        <translation>the name is longer than {MAX_NAME} characters</translation>
    </message>
    <message>
        <source>họ tên «{name}» có chữ số</source>
        <translation>name «{name}» contains digits</translation>
    </message>
    <message>
        <source>số điện thoại «{value}» không hợp lệ (sau mã nước 84 phải là 9 chữ số, không bắt đầu bằng 0)</source>
        <translation>phone number «{value}» is not valid (after the country code 84 come 9 digits, not starting with 0)</translation>
    </message>
    <message>
        <source>số điện thoại «{value}» không hợp lệ (bắt đầu bằng 00)</source>
        <translation>phone number «{value}» is not valid (it starts with 00)</translation>
    </message>
    <message>
        <source>{what} {day:%d/%m/%Y} không hợp lệ: phải từ {first:%d/%m/%Y} đến {last:%d/%m/%Y}.</source>
        <translation>{what} {day:%d/%m/%Y} is not valid: it must be from {first:%d/%m/%Y} to {last:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>số giấy tờ «{text}» không đúng dạng CCCD, CMND hay hộ chiếu</source>
        <translation>document number «{text}» is not a CCCD, CMND or passport number</translation>
    </message>
    <message>
        <source>số CCCD «{text}» phải có 12 chữ số</source>
        <translation>CCCD number «{text}» must have 12 digits</translation>
    </message>
    <message>
        <source>số CMND «{text}» phải có 9 chữ số</source>
        <translation>CMND number «{text}» must have 9 digits</translation>
    </message>
    <message>
        <source>số điện thoại «{value}» không hợp lệ</source>
        <translation>invalid phone number «{value}»</translation>
    </message>
    <message>
        <source>số điện thoại «{value}» không đủ 10 chữ số</source>
        <translation>phone number «{value}» has fewer than 10 digits</translation>
    </message>
    <message>
        <source>Danh sách người đang cách ly</source>
        <translation>List of people in quarantine</translation>
    </message>
    <message>
        <source>Danh sách hoàn thành cách ly trong ngày</source>
        <translation>List of people released today</translation>
    </message>
    <message>
        <source>Danh sách bàn giao người hoàn thành cách ly về địa phương</source>
        <translation>Hand-over list of released people, by commune</translation>
    </message>
    <message>
        <source>Giấy xác nhận hoàn thành cách ly (mọi người cho về trong ngày)</source>
        <translation>Release certificates (everyone released that day)</translation>
    </message>
    <message>
        <source>Báo cáo nhanh gửi Ban Chỉ đạo thành phố</source>
        <translation>Quick report to the city steering committee</translation>
    </message>
    <message>
        <source>Danh sách bố trí theo đợt đến</source>
        <translation>Allocation list of an arrival batch</translation>
    </message>
    <message>
        <source>Danh sách bố trí phòng của một đợt đến</source>
        <translation>Room assignment list of an arrival batch</translation>
    </message>
    <message>
        <source>Danh sách cần lấy mẫu xét nghiệm</source>
        <translation>List of people due for a test</translation>
    </message>
    <message>
        <source>Báo cáo ca dương tính tại khu cách ly</source>
        <translation>Report of a positive case inside a site</translation>
    </message>
    <message>
        <source>Biên bản giao nhận người cách ly</source>
        <translation>Hand-over record of quarantined people</translation>
    </message>
    <message>
        <source>Danh sách mẫu gửi xét nghiệm của một đợt lấy mẫu</source>
        <translation>List of samples sent to the lab for a sampling round</translation>
    </message>
    <message>
        <source>Nhãn ống mẫu của một đợt lấy mẫu (giấy A4)</source>
        <translation>Tube labels of a sampling round (A4 sheets)</translation>
    </message>
    <message>
        <source>Bảng tổng hợp số suất ăn của một cơ sở</source>
        <translation>A site&apos;s count of meals</translation>
    </message>
    <message>
        <source>Thông báo nộp tiền ăn của một người</source>
        <translation>A person&apos;s notice of meals to pay</translation>
    </message>
    <message>
        <source>Biên lai thu tiền ăn</source>
        <translation>Receipt for meals</translation>
    </message>
    <message>
        <source>Bảng kê thu tiền ăn trong tháng của một cơ sở</source>
        <translation>A site&apos;s month statement of meals</translation>
    </message>
    <message>
        <source>Danh sách hoàn thành cách ly</source>
        <translation>List of people released</translation>
    </message>
    <message>
        <source>Toàn bộ người trong cơ sở dữ liệu</source>
        <translation>Everyone in the database</translation>
    </message>
    <message>
        <source>Bảng kê thu tiền ăn trong tháng</source>
        <translation>Month statement of meals</translation>
    </message>
    <message>
        <source>Chọn ca dương tính (--person ID).</source>
        <translation>Choose the positive case (--person ID).</translation>
    </message>
    <message>
        <source>Chọn đợt lấy mẫu (--round ID).</source>
        <translation>Choose a sampling round (--round ID).</translation>
    </message>
    <message>
        <source>Chọn khoản thu (--payment ID).</source>
        <translation>Choose a payment (--payment ID).</translation>
    </message>
    <message>
        <source>Chọn cơ sở (--facility CODE).</source>
        <translation>Choose a facility (--facility CODE).</translation>
    </message>
    <message>
        <source>Danh sách bàn giao {n} người về địa phương, ngày {on:%d/%m/%Y}.</source>
        <translation>Hand-over list of {n} people to their communes, {on:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>Đợt số {batch_id} chưa có ai được bố trí chỗ ở.</source>
        <translation>Nobody of batch number {batch_id} has been given a bed yet.</translation>
    </message>
    <message>
        <source>Danh sách bố trí phòng của {n} người, đợt số {batch_id}.</source>
        <translation>Room assignment list of {n} people, batch number {batch_id}.</translation>
    </message>
    <message>
        <source>Biên bản giao nhận {n} người, đợt số {batch_id}.</source>
        <translation>Hand-over record of {n} people, batch number {batch_id}.</translation>
    </message>
    <message>
        <source>Báo cáo ca dương tính {full_name}: {n} người tiếp xúc gần.</source>
        <translation>Positive case report for {full_name}: close contacts: {n}.</translation>
    </message>
    <message>
        <source>Danh sách {tubes} ống mẫu, {n} người, đợt lấy mẫu số {round_id}.</source>
        <translation>List of {tubes} tubes, {n} people, sampling round {round_id}.</translation>
    </message>
    <message>
        <source>Nhãn của {tubes} ống mẫu, đợt lấy mẫu số {round_id}.</source>
        <translation>Labels of {tubes} tubes, sampling round {round_id}.</translation>
    </message>
    <message>
        <source>Chọn cơ sở (--facility CODE): bếp ăn nấu cho một cơ sở.</source>
        <translation>Choose a facility (--facility CODE): a kitchen cooks for one site.</translation>
    </message>
    <message>
        <source>Bảng suất ăn ngày {on:%d/%m/%Y}: {n} người.</source>
        <translation>Meals of {on:%d/%m/%Y}: {n} people.</translation>
    </message>
    <message>
        <source>Thông báo nộp tiền ăn của {name}: còn lại {amount} đồng.</source>
        <translation>Notice of meals for {name}: {amount} VND left.</translation>
    </message>
    <message>
        <source>Biên lai số {receipt}: {amount} đồng.</source>
        <translation>Receipt {receipt}: {amount} VND.</translation>
    </message>
    <message>
        <source>Bảng kê tiền ăn tháng {month:%m/%Y}: {n} người.</source>
        <translation>Meals statement of {month:%m/%Y}: {n} people.</translation>
    </message>
    <message>
        <source>{n} dòng.</source>
        <translation>Rows: {n}.</translation>
    </message>
    <message>
        <source>Danh sách {n} người đang cách ly ngày {on:%d/%m/%Y}.</source>
        <translation>List of people in quarantine on {on:%d/%m/%Y}: {n}.</translation>
    </message>
    <message>
        <source>Danh sách {n} người hoàn thành cách ly ngày {on:%d/%m/%Y}.</source>
        <translation>List of people released on {on:%d/%m/%Y}: {n}.</translation>
    </message>
    <message>
        <source>Không có ai hoàn thành cách ly ngày {on:%d/%m/%Y} để in giấy.</source>
        <translation>Nobody was released on {on:%d/%m/%Y}; no certificate to print.</translation>
    </message>
    <message>
        <source>{n} giấy xác nhận hoàn thành cách ly.</source>
        <translation>Release certificates: {n}.</translation>
    </message>
    <message>
        <source>Báo cáo nhanh ngày {on:%d/%m/%Y}.</source>
        <translation>Quick report of {on:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>Chọn đợt đến (--batch ID).</source>
        <translation>Choose an arrival batch (--batch ID).</translation>
    </message>
    <message>
        <source>Danh sách bố trí {n} người của đợt số {batch_id}.</source>
        <translation>Allocation list of batch number {batch_id}: {n} people.</translation>
    </message>
    <message>
        <source>Danh sách {n} người cần lấy mẫu ngày {on:%d/%m/%Y}.</source>
        <translation>List of people due for a test on {on:%d/%m/%Y}: {n}.</translation>
    </message>
    <message>
        <source>Không có loại văn bản «{kind}».</source>
        <translation>There is no document kind «{kind}».</translation>
    </message>
    <message>
        <source>Không có loại xuất «{kind}».</source>
        <translation>There is no export kind «{kind}».</translation>
    </message>
    <message>
        <source>Tài khoản chỉ xem không được thay đổi dữ liệu.</source>
        <translation>A view-only account cannot change data.</translation>
    </message>
    <message>
        <source>Chỉ quản trị cấp huyện được {what}.</source>
        <translation>Only a district administrator may {what}.</translation>
    </message>
    <message>
        <source>thêm, sửa hay đổi trạng thái cơ sở cách ly</source>
        <translation>add, edit or change the status of quarantine facilities</translation>
    </message>
    <message>
        <source>đổi cài đặt và quy định thời gian cách ly</source>
        <translation>change the settings and the quarantine policy</translation>
    </message>
    <message>
        <source>quản lý tài khoản của người khác</source>
        <translation>manage other people&apos;s accounts</translation>
    </message>
    <message>
        <source>sao lưu cơ sở dữ liệu ra tệp</source>
        <translation>back the database up to a file</translation>
    </message>
    <message>
        <source>nạp dữ liệu mẫu</source>
        <translation>load the demonstration data</translation>
    </message>
    <message>
        <source>Người này không ở cơ sở được giao cho tài khoản này.</source>
        <translation>This person is not at a site assigned to this account.</translation>
    </message>
    <message>
        <source>Tài khoản này không được giao cơ sở{name}.</source>
        <translation>This account is not assigned the site{name}.</translation>
    </message>
    <message>
        <source>Cơ sở {code} đã đóng, không nhận người.</source>
        <translation>Site {code} is closed and takes nobody.</translation>
    </message>
    <message>
        <source>Không có đợt đến số {batch_id}.</source>
        <translation>There is no arrival batch number {batch_id}.</translation>
    </message>
    <message>
        <source>Không có cơ sở cách ly nào đang hoạt động để bố trí.</source>
        <translation>No quarantine site is active to allocate to.</translation>
    </message>
    <message>
        <source>người trong hộ ghi các phòng khác nhau</source>
        <translation>the household&apos;s members name different rooms</translation>
    </message>
    <message>
        <source>chưa thành niên, đi một mình</source>
        <translation>minor travelling alone</translation>
    </message>
    <message>
        <source>không xếp vào phòng {room} như danh sách ghi: {why}</source>
        <translation>not placed in room {room} as the list says: {why}</translation>
    </message>
    <message>
        <source>phòng {room} như danh sách ghi: {why}; {reason}</source>
        <translation>room {room} as the list says: {why}; {reason}</translation>
    </message>
    <message>
        <source>{code} hết giường</source>
        <translation>{code} has no free bed</translation>
    </message>
    <message>
        <source>phòng {room} còn {free} giường, cần {n}</source>
        <translation>room {room} has {free} free beds, {n} needed</translation>
    </message>
    <message>
        <source>phòng {room} đóng để khử khuẩn đến hết ngày {day:%d/%m/%Y}</source>
        <translation>room {room} is closed for cleaning through {day:%d/%m/%Y}</translation>
    </message>
    <message>
        <source>phòng {room} có người vào cách ly ngày khác</source>
        <translation>room {room} holds people whose quarantine began on another day</translation>
    </message>
    <message>
        <source>phòng {room} chỉ dành cho {sex}</source>
        <translation>room {room} is for {sex} only</translation>
    </message>
    <message>
        <source>phòng {room} đang có người khác giới không cùng gia đình</source>
        <translation>room {room} holds people of the other sex who are not of the same family</translation>
    </message>
    <message>
        <source>không có phòng {room} ở các cơ sở đang bố trí</source>
        <translation>no room {room} in the facilities being allocated</translation>
    </message>
    <message>
        <source>{code}: hết giường ({held} giường đang giữ cho đợt đến đã báo trước)</source>
        <translation>{code}: no beds left ({held} beds held for an announced batch)</translation>
    </message>
    <message>
        <source>{code}: hết giường</source>
        <translation>{code}: no beds left</translation>
    </message>
    <message>
        <source>{code}: còn {free} giường nhưng không có phòng, hoặc dãy phòng liền nhau, đủ cho cả hộ {n} người</source>
        <translation>{code}: {free} beds free but no room, or run of neighbouring rooms, holds the whole household of {n}</translation>
    </message>
    <message>
        <source>{code}: còn {free} giường</source>
        <translation>{code}: {free} beds free</translation>
    </message>
    <message>
        <source>phòng đang khử khuẩn</source>
        <translation>rooms being cleaned</translation>
    </message>
    <message>
        <source>phòng dành cho {label}</source>
        <translation>rooms for {label}</translation>
    </message>
    <message>
        <source>phòng có người vào ngày khác</source>
        <translation>rooms with people admitted on another day</translation>
    </message>
    <message>
        <source>phòng đang có người không cùng hộ ({others})</source>
        <translation>rooms holding people of another household ({others})</translation>
    </message>
    <message>
        <source>phòng còn trống</source>
        <translation>empty rooms</translation>
    </message>
    <message>
        <source>{code}: các phòng đã đầy</source>
        <translation>{code}: the rooms are full</translation>
    </message>
    <message>
        <source>{code}: còn {free} giường nhưng chỉ trong {detail}</source>
        <translation>{code}: {free} beds free but only in {detail}</translation>
    </message>
    <message>
        <source>chưa rõ giới tính; </source>
        <translation>sex not known; </translation>
    </message>
    <message>
        <source> (bố trí theo đợt)</source>
        <translation> (batch allocation)</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Đăng nhập sai</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Nhập danh sách</source>
        <translation>Import list</translation>
    </message>
    <message>
        <source>Tiếp nhận</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Bố trí chỗ ở</source>
        <translation>Bed allocation</translation>
    </message>
    <message>
        <source>Chuyển cơ sở</source>
        <translation>Site transfer</translation>
    </message>
    <message>
        <source>Đổi ngày dự kiến</source>
        <translation>Planned date change</translation>
    </message>
    <message>
        <source>Kết quả xét nghiệm</source>
        <translation>Test result</translation>
    </message>
    <message>
        <source>Đợt lấy mẫu xét nghiệm</source>
        <translation>Sampling round</translation>
    </message>
    <message>
        <source>Thu tiền ăn</source>
        <translation>Meals payment</translation>
    </message>
    <message>
        <source>Miễn tiền ăn</source>
        <translation>Meals exemption</translation>
    </message>
    <message>
        <source>Đo thân nhiệt</source>
        <translation>Temperature check</translation>
    </message>
    <message>
        <source>Sửa thông tin người</source>
        <translation>Person edit</translation>
    </message>
    <message>
        <source>Gộp thông tin người</source>
        <translation>Person merge</translation>
    </message>
    <message>
        <source>Thêm cơ sở</source>
        <translation>Site added</translation>
    </message>
    <message>
        <source>Sửa cơ sở</source>
        <translation>Site edited</translation>
    </message>
    <message>
        <source>Thêm phòng</source>
        <translation>Room added</translation>
    </message>
    <message>
        <source>Ghép hộ gia đình</source>
        <translation>Household joined</translation>
    </message>
    <message>
        <source>Tách khỏi hộ gia đình</source>
        <translation>Left a household</translation>
    </message>
    <message>
        <source>Ca dương tính tại khu cách ly</source>
        <translation>Positive case inside a site</translation>
    </message>
    <message>
        <source>Tiếp xúc gần ca dương tính</source>
        <translation>Close contact of a positive case</translation>
    </message>
    <message>
        <source>Mở lại phòng trước hạn</source>
        <translation>Room reopened early</translation>
    </message>
    <message>
        <source>Báo trước đợt đến</source>
        <translation>Arrival announced</translation>
    </message>
    <message>
        <source>Trả giường đang giữ</source>
        <translation>Held beds given back</translation>
    </message>
    <message>
        <source>Tiếp nhận tại chỗ</source>
        <translation>Registered at the desk</translation>
    </message>
    <message>
        <source>Đổi cài đặt</source>
        <translation>Settings change</translation>
    </message>
    <message>
        <source>Thêm tài khoản</source>
        <translation>Account added</translation>
    </message>
    <message>
        <source>Sửa tài khoản</source>
        <translation>Account edited</translation>
    </message>
    <message>
        <source>Khóa tài khoản</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>Mở tài khoản</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Password change</translation>
    </message>
    <message>
        <source>In giấy tờ</source>
        <translation>Document printed</translation>
    </message>
    <message>
        <source>Xuất dữ liệu</source>
        <translation>Data export</translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Mã hóa cơ sở dữ liệu</source>
        <translation>Database encrypted</translation>
    </message>
    <message>
        <source>Nạp dữ liệu mẫu</source>
        <translation>Demonstration data loaded</translation>
    </message>
    <message>
        <source>nhật ký thao tác đã bị cắt bớt hoặc sửa ngoài chương trình ({problems}); quản trị viên hãy chạy: quarantine-desk audit verify.</source>
        <translation>the audit trail was cut short or edited outside the program ({problems}); an administrator should run: quarantine-desk audit verify.</translation>
    </message>
    <message>
        <source>người</source>
        <translation>person</translation>
    </message>
    <message>
        <source>lượt cách ly</source>
        <translation>stay</translation>
    </message>
    <message>
        <source>kết quả xét nghiệm</source>
        <translation>test result</translation>
    </message>
    <message>
        <source>dữ liệu {what} không khớp với lần ghi cuối trong nhật ký ({count} dòng, nhật ký ghi {sealed} dòng): đã bị sửa ngoài chương trình</source>
        <translation>the {what} rows do not match the trail&apos;s last record of them ({count} rows, the trail records {sealed}): changed outside the program</translation>
    </message>
    <message>
        <source>{what} mã {id} được thêm ngoài chương trình</source>
        <translation>{what} id {id} was added outside the program</translation>
    </message>
    <message>
        <source>{what} mã {id} đã bị xóa ngoài chương trình</source>
        <translation>{what} id {id} was deleted outside the program</translation>
    </message>
    <message>
        <source>{what} mã {id} đã bị sửa ngoài chương trình</source>
        <translation>{what} id {id} was changed outside the program</translation>
    </message>
    <message>
        <source>mục số {seq} (mã {id}) đã bị sửa ngoài chương trình</source>
        <translation>entry {seq} (id {id}) was edited outside the program</translation>
    </message>
    <message>
        <source>mất mục số {seq}</source>
        <translation>entry {seq} is missing</translation>
    </message>
    <message>
        <source>mất các mục số {seq}–{last}</source>
        <translation>entries {seq}–{last} are missing</translation>
    </message>
    <message>
        <source>mục mã {id} được thêm ngoài chương trình</source>
        <translation>entry id {id} was added outside the program</translation>
    </message>
    <message>
        <source>nhật ký đã bị viết lại từ mục số {seq} trở về trước (khác với lần kiểm tra trước trên máy này)</source>
        <translation>the trail was rewritten up to entry {seq} (it differs from the last check on this computer)</translation>
    </message>
    <message>
        <source>xem nhật ký thay đổi</source>
        <translation>view the audit trail</translation>
    </message>
    <message>
        <source>{name} được mã hóa; cần khóa khôi phục của cơ sở dữ liệu đã sao lưu nó (đặt biến môi trường QUARANTINE_DESK_DB_KEY rồi chạy lại).</source>
        <translation>{name} is encrypted; it needs the recovery key of the database it was made from (set QUARANTINE_DESK_DB_KEY and run again).</translation>
    </message>
    <message>
        <source>Tệp {name} bị hỏng ({result}); không khôi phục.</source>
        <translation>File {name} is damaged ({result}); not restored.</translation>
    </message>
    <message>
        <source>{name} không phải bản sao lưu của Quarantine Desk.</source>
        <translation>{name} is not a Quarantine Desk backup.</translation>
    </message>
    <message>
        <source>{name} không phải bản sao lưu đầy đủ của Quarantine Desk (thiếu bảng {missing}); không khôi phục.</source>
        <translation>{name} is not a complete Quarantine Desk backup (tables missing: {missing}); nothing restored.</translation>
    </message>
    <message>
        <source>Khóa không mở được {name} (khóa của một cơ sở dữ liệu khác, hoặc gõ sai).</source>
        <translation>The key does not open {name} (the key of another database, or mistyped).</translation>
    </message>
    <message>
        <source>{name} không phải tệp cơ sở dữ liệu ({exc}).</source>
        <translation>{name} is not a database file ({exc}).</translation>
    </message>
    <message>
        <source>{name} được tạo bởi phiên bản mới hơn (lược đồ {revision}); hãy dùng phiên bản mới hơn để khôi phục.</source>
        <translation>{name} was made by a newer version (schema {revision}); use a newer version to restore it.</translation>
    </message>
    <message>
        <source>Sao lưu trong chương trình chỉ dành cho SQLite; với PostgreSQL hãy dùng pg_dump và pg_restore.</source>
        <translation>Backups inside the program are for SQLite only; with PostgreSQL use pg_dump and pg_restore.</translation>
    </message>
    <message>
        <source>Không thể sao lưu đè lên chính cơ sở dữ liệu đang dùng.</source>
        <translation>Cannot back up over the database in use.</translation>
    </message>
    <message>
        <source>Không ghi được bản sao lưu {dest}: {exc}.</source>
        <translation>Could not write the backup {dest}: {exc}.</translation>
    </message>
    <message>
        <source>{name} không phải bản chưa mã hóa của cơ sở dữ liệu này; không xóa.</source>
        <translation>{name} is not an unencrypted copy of this database; nothing was deleted.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} đã được mã hóa.</source>
        <translation>The database {path} is already encrypted.</translation>
    </message>
    <message>
        <source>Không mã hóa được {path}: {exc}.</source>
        <translation>Could not encrypt {path}: {exc}.</translation>
    </message>
    <message>
        <source>Nhật ký thao tác trong {name} đã bị sửa ngoài chương trình ({problems}); không khôi phục. Quản trị viên đã biết điều này vẫn có thể khôi phục với --accept-broken-trail.</source>
        <translation>The audit trail in {name} was tampered with outside the program ({problems}); not restored. An administrator who knows this can still restore with --accept-broken-trail.</translation>
    </message>
    <message>
        <source>Một bàn khác vẫn đang ghi vào cơ sở dữ liệu {path} quá lâu; không có gì thay đổi. Hãy thử lại sau ít phút.</source>
        <translation>Another desk has been writing to the database {path} for too long; nothing was changed. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>Khóa chỉ dành cho tệp SQLite, không cho {target}.</source>
        <translation>A key is for a SQLite file, not for {target}.</translation>
    </message>
    <message>
        <source>{path} không phải cơ sở dữ liệu mã hóa; không cần khóa.</source>
        <translation>{path} is not an encrypted database; it needs no key.</translation>
    </message>
    <message>
        <source>khôi phục cơ sở dữ liệu</source>
        <translation>restore the database</translation>
    </message>
    <message>
        <source>Tệp cần khôi phục chính là cơ sở dữ liệu đang dùng.</source>
        <translation>The file to restore is the database in use.</translation>
    </message>
    <message>
        <source>Loại đợt đến «{kind}» không hợp lệ; chọn: {allowed}.</source>
        <translation>Invalid arrival kind «{kind}»; choose: {allowed}.</translation>
    </message>
    <message>
        <source>Số người dự kiến phải từ 1 đến 100000.</source>
        <translation>The expected number of people must be from 1 to 100000.</translation>
    </message>
    <message>
        <source>Số giường giữ phải lớn hơn 0.</source>
        <translation>The beds held must be more than 0.</translation>
    </message>
    <message>
        <source>Cơ sở {code} chỉ còn {free} giường chưa dùng và chưa giữ; không giữ được {beds}.</source>
        <translation>Facility {code} has only {free} beds neither used nor held; {beds} cannot be held.</translation>
    </message>
    <message>
        <source>Đợt số {batch_id} không có giường nào đang giữ.</source>
        <translation>Batch number {batch_id} has no beds held.</translation>
    </message>
    <message>
        <source>Tên cơ sở cách ly không được để trống.</source>
        <translation>The site name must not be empty.</translation>
    </message>
    <message>
        <source>Loại cơ sở «{kind}» không hợp lệ; chọn một trong: {allowed}.</source>
        <translation>Invalid site type «{kind}»; choose one of: {allowed}.</translation>
    </message>
    <message>
        <source>Số giường phải là số nguyên từ 1 đến {MAX_BEDS}.</source>
        <translation>Beds must be a whole number from 1 to {MAX_BEDS}.</translation>
    </message>
    <message>
        <source>Không có cơ sở cách ly mã {code}.</source>
        <translation>There is no quarantine site with code {code}.</translation>
    </message>
    <message>
        <source>{what} dài quá {limit} ký tự.</source>
        <translation>{what} is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Mã cơ sở gồm 1–32 chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.</source>
        <translation>A site code has 1–32 unaccented letters, digits, dots, hyphens or underscores.</translation>
    </message>
    <message>
        <source>Trạng thái «{status}» không hợp lệ.</source>
        <translation>Invalid status «{status}».</translation>
    </message>
    <message>
        <source>Đã có cơ sở cách ly mã {code}.</source>
        <translation>A quarantine site with code {code} already exists.</translation>
    </message>
    <message>
        <source>Tên khu</source>
        <translation>The block&apos;s name</translation>
    </message>
    <message>
        <source>Tên tầng</source>
        <translation>The floor&apos;s name</translation>
    </message>
    <message>
        <source>Tổng số giường các phòng ({value}) quá {MAX_BEDS}.</source>
        <translation>The rooms&apos; beds ({value}) are more than {MAX_BEDS}.</translation>
    </message>
    <message>
        <source>Số giường của {code} là tổng giường các phòng ({room_beds}); hãy sửa số giường ở từng phòng.</source>
        <translation>The beds of {code} are the sum of its rooms&apos; beds ({room_beds}); change the beds room by room.</translation>
    </message>
    <message>
        <source>Dãy phòng «{value}» không hợp lệ: số cuối phải sau số đầu, tối đa {n} phòng.</source>
        <translation>The range of rooms «{value}» is not valid: the last number must come after the first, {n} rooms at most.</translation>
    </message>
    <message>
        <source>Tên phòng phải có từ 1 đến 32 ký tự.</source>
        <translation>A room name must have 1 to 32 characters.</translation>
    </message>
    <message>
        <source>Dãy phòng «{value}» có phòng trùng nhau.</source>
        <translation>The range of rooms «{value}» names a room twice.</translation>
    </message>
    <message>
        <source>Phòng chỉ có thể dành cho nam (M) hoặc nữ (F).</source>
        <translation>A room can only be reserved for men (M) or women (F).</translation>
    </message>
    <message>
        <source>Cơ sở {code} đã có phòng {room_code}.</source>
        <translation>Site {code} already has room {room_code}.</translation>
    </message>
    <message>
        <source>Phải ghi lý do mở lại phòng trước hạn.</source>
        <translation>Give the reason for reopening the room early.</translation>
    </message>
    <message>
        <source>Phòng {code} không bị đóng.</source>
        <translation>Room {code} is not closed.</translation>
    </message>
    <message>
        <source>Cơ sở {code} đang có {occupied} người; không thể giảm xuống {beds} giường.</source>
        <translation>Site {code} holds {occupied} people; it cannot go down to {beds} beds.</translation>
    </message>
    <message>
        <source>Cơ sở {code} còn {occupied} người đang cách ly; hãy chuyển hoặc cho về hết trước khi đóng.</source>
        <translation>Site {code} still holds {occupied} people in quarantine; transfer or release them all before closing it.</translation>
    </message>
    <message>
        <source>Số ngày dự báo phải từ 1 đến {MAX_DAYS}.</source>
        <translation>Forecast days must be from 1 to {MAX_DAYS}.</translation>
    </message>
    <message>
        <source>Số người phải lớn hơn 0.</source>
        <translation>The number of people must be greater than 0.</translation>
    </message>
    <message>
        <source>Ngày {on:%d/%m/%Y} chỉ còn {free} giường trống, không đủ cho {people} người.</source>
        <translation>On {on:%d/%m/%Y} only {free} beds are free, not enough for {people} people.</translation>
    </message>
    <message>
        <source>Loại xét nghiệm là pcr hoặc antigen; kết quả là pending, negative hoặc positive.</source>
        <translation>The test kind is pcr or antigen; the result is pending, negative or positive.</translation>
    </message>
    <message>
        <source>Ngày xét nghiệm không thể ở tương lai.</source>
        <translation>The test date cannot be in the future.</translation>
    </message>
    <message>
        <source>{full_name}: {reason} Không ghi gì.</source>
        <translation>{full_name}: {reason} Nothing was recorded.</translation>
    </message>
    <message>
        <source>Nhiệt độ {temperature} °C không hợp lệ (từ {MIN_TEMP:g} đến {MAX_TEMP:g} °C).</source>
        <translation>Temperature {temperature} °C is not valid (from {MIN_TEMP:g} to {MAX_TEMP:g} °C).</translation>
    </message>
    <message>
        <source>Ngày kiểm tra không thể ở tương lai.</source>
        <translation>The check date cannot be in the future.</translation>
    </message>
    <message>
        <source>dự kiến {expected}, danh sách {listed}</source>
        <translation>expected {expected}, listed {listed}</translation>
    </message>
    <message>
        <source>Tệp này đã được nhập vào đợt số {batch_id} (ngày đến {when:%d/%m/%Y}); không thêm ai.</source>
        <translation>This file was already imported into batch number {batch_id} (arrival {when:%d/%m/%Y}); nobody added.</translation>
    </message>
    <message>
        <source>Không có dòng hợp lệ nào; không tạo đợt đến.</source>
        <translation>No valid row; no arrival batch was created.</translation>
    </message>
    <message>
        <source>Cần ngày đến của đợt.</source>
        <translation>The batch needs an arrival date.</translation>
    </message>
    <message>
        <source>vừa được nhập ở bàn khác: đã có người mang số giấy tờ {id_number}; không thêm lần nữa</source>
        <translation>imported at another desk meanwhile: someone already holds document number {id_number}; not added again</translation>
    </message>
    <message>
        <source>trùng số giấy tờ {id_number} với một dòng trước của tệp; mỗi số giấy tờ là của một người, không thêm dòng này</source>
        <translation>repeats document number {id_number} of an earlier row of the file; a document number belongs to one person, this row is not added</translation>
    </message>
    <message>
        <source>Họ và tên không được để trống.</source>
        <translation>The full name must not be empty.</translation>
    </message>
    <message>
        <source>Giới tính «{sex}» không hợp lệ.</source>
        <translation>Invalid sex «{sex}».</translation>
    </message>
    <message>
        <source>Loại giấy tờ «{id_type}» không hợp lệ.</source>
        <translation>Invalid document type «{id_type}».</translation>
    </message>
    <message>
        <source>Đổi thông tin tiêm chủng: {value}</source>
        <translation>Vaccination changed: {value}</translation>
    </message>
    <message>
        <source>không còn ghi</source>
        <translation>no longer recorded</translation>
    </message>
    <message>
        <source>Chuỗi tìm kiếm dài quá {n} ký tự.</source>
        <translation>The search is longer than {n} characters.</translation>
    </message>
    <message>
        <source>Trạng thái «{status}» không hợp lệ; chọn: {allowed}.</source>
        <translation>Invalid status «{status}»; choose: {allowed}.</translation>
    </message>
    <message>
        <source>Mức tiếp xúc «{level}» không có; chọn: {allowed}.</source>
        <translation>No contact level «{level}»; choose: {allowed}.</translation>
    </message>
    <message>
        <source>Không sắp xếp được theo «{sort}».</source>
        <translation>Cannot sort by «{sort}».</translation>
    </message>
    <message>
        <source>Không có người mang số {person_id}.</source>
        <translation>There is no person number {person_id}.</translation>
    </message>
    <message>
        <source>Số giấy tờ {value} đã có ở người số {other}.</source>
        <translation>Document number {value} already belongs to person number {other}.</translation>
    </message>
    <message>
        <source>Chọn ngày hoàn thành cách ly hoặc những người cần in giấy.</source>
        <translation>Choose a release date or the people whose certificates to print.</translation>
    </message>
    <message>
        <source>Mã không đúng dạng mã xác thực của Quarantine Desk.</source>
        <translation>The code is not a Quarantine Desk verification code.</translation>
    </message>
    <message>
        <source>Cho số giấy và mã xác thực in trên giấy.</source>
        <translation>Give the number and the verification code printed on the certificate.</translation>
    </message>
    <message>
        <source>Không có giấy xác nhận số {number}.</source>
        <translation>There is no certificate number {number}.</translation>
    </message>
    <message>
        <source>Không có giấy xác nhận số {number} năm {year}.</source>
        <translation>There is no certificate number {number} of {year}.</translation>
    </message>
    <message>
        <source>Mã xác thực không khớp giấy số {number}: giấy giả hoặc đã bị sửa.</source>
        <translation>The verification code does not match certificate number {number}: forged or altered.</translation>
    </message>
    <message>
        <source>Hồ sơ của người này đã được sửa sau khi cấp giấy.</source>
        <translation>This person&apos;s record was corrected after the certificate was issued.</translation>
    </message>
    <message>
        <source>Giấy này đã được thay bằng giấy cấp lại ngày {on:%d/%m/%Y} (mã mới).</source>
        <translation>It was replaced by a corrected certificate issued on {on:%d/%m/%Y} (with a new code).</translation>
    </message>
    <message>
        <source>Chưa cấp lại giấy theo hồ sơ đã sửa.</source>
        <translation>No corrected certificate has been issued yet.</translation>
    </message>
    <message>
        <source>Giấy xác nhận số {number} là thật: cấp cho {full_name}, cách ly tại {facility_name} từ {admitted_on:%d/%m/%Y} đến {released_on:%d/%m/%Y}.</source>
        <translation>Certificate number {number} is genuine: issued to {full_name}, quarantined at {facility_name} from {admitted_on:%d/%m/%Y} to {released_on:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>{full_name} chưa được ghi nhận là ca dương tính tại khu cách ly.</source>
        <translation>{full_name} has not been recorded as a positive case inside a site.</translation>
    </message>
    <message>
        <source>Đợt số {batch_id} chưa có ai.</source>
        <translation>Batch number {batch_id} has nobody yet.</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản</source>
        <translation>Governing body</translation>
    </message>
    <message>
        <source>Đơn vị ban hành</source>
        <translation>Issuing unit</translation>
    </message>
    <message>
        <source>Chữ viết tắt của đơn vị (trong số văn bản)</source>
        <translation>Unit abbreviation (in document numbers)</translation>
    </message>
    <message>
        <source>Địa danh ghi ngày tháng</source>
        <translation>Place name in the date line</translation>
    </message>
    <message>
        <source>Thẩm quyền ký (TM., KT., Q., TL., TUQ. hoặc để trống)</source>
        <translation>Signing authority (TM., KT., Q., TL., TUQ. or empty)</translation>
    </message>
    <message>
        <source>Tập thể/cơ quan sau thẩm quyền ký</source>
        <translation>Body after the signing authority</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Signatory&apos;s title</translation>
    </message>
    <message>
        <source>Họ và tên người ký</source>
        <translation>Signatory&apos;s full name</translation>
    </message>
    <message>
        <source>Nơi nhận (cách nhau bởi dấu ;)</source>
        <translation>Recipients (separated by ;)</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Lưu (nơi giữ bản lưu, VD: VT)</source>
        <translation>Archive copy kept by (e.g. VT)</translation>
    </message>
    <message>
        <source>Ban Chỉ huy khu cách ly (quân sự)</source>
        <translation>Command of a quarantine site (military)</translation>
    </message>
    <message>
        <source>BỘ CHỈ HUY QUÂN SỰ THÀNH PHỐ CẦN THƠ</source>
        <translation>Can Tho City Military Command</translation>
    </message>
    <message>
        <source>Cần Thơ</source>
        <translation>Can Tho</translation>
    </message>
    <message>
        <source>Ban Chỉ đạo phòng, chống dịch quận, huyện</source>
        <translation>District epidemic steering committee</translation>
    </message>
    <message>
        <source>ỦY BAN NHÂN DÂN QUẬN NINH KIỀU</source>
        <translation>Ninh Kieu District People&apos;s Committee</translation>
    </message>
    <message>
        <source>Trung tâm Y tế quận, huyện</source>
        <translation>District health centre</translation>
    </message>
    <message>
        <source>SỞ Y TẾ THÀNH PHỐ CẦN THƠ</source>
        <translation>Can Tho City Department of Health</translation>
    </message>
    <message>
        <source>TRUNG TÂM Y TẾ QUẬN NINH KIỀU</source>
        <translation>Ninh Kieu District Health Centre</translation>
    </message>
    <message>
        <source>Tự khóa sau bao nhiêu phút không dùng</source>
        <translation>Lock after this many idle minutes</translation>
    </message>
    <message>
        <source>Số bản sao lưu tự động được giữ</source>
        <translation>Automatic backups kept</translation>
    </message>
    <message>
        <source>Số ngày đóng phòng để khử khuẩn sau ca dương tính</source>
        <translation>Days a room stays closed for cleaning after a positive case</translation>
    </message>
    <message>
        <source>Tiêm đủ liều được tính sau mũi cuối bao nhiêu ngày</source>
        <translation>Days after the last dose before a person counts as fully vaccinated</translation>
    </message>
    <message>
        <source>Tiêm đủ liều còn được tính trong bao nhiêu tháng</source>
        <translation>Months a full vaccination counts for</translation>
    </message>
    <message>
        <source>Số mẫu gộp tối đa trong một ống</source>
        <translation>Most samples pooled in one tube</translation>
    </message>
    <message>
        <source>Miễn tiền ăn cho trẻ em dưới bao nhiêu tuổi (0: không miễn)</source>
        <translation>Children under this age pay no meals (0: none)</translation>
    </message>
    <message>
        <source>Cho về khi còn nợ tiền ăn phải ghi chú (1: có, 0: không)</source>
        <translation>A release owing meals needs a note (1: yes, 0: no)</translation>
    </message>
    <message>
        <source>Đã khỏi bệnh được tính trong bao nhiêu tháng</source>
        <translation>Months a recovery counts for</translation>
    </message>
    <message>
        <source>Không có thiết lập «{name}»; có: {value}.</source>
        <translation>There is no setting «{name}»; there are: {value}.</translation>
    </message>
    <message>
        <source>«{value}» dài quá 500 ký tự.</source>
        <translation>«{value}» is longer than 500 characters.</translation>
    </message>
    <message>
        <source>Thẩm quyền ký là TM., KT., Q., TL., TUQ. hoặc để trống.</source>
        <translation>The signing authority is TM., KT., Q., TL., TUQ. or empty.</translation>
    </message>
    <message>
        <source>«{value}» không được để trống.</source>
        <translation>«{value}» must not be empty.</translation>
    </message>
    <message>
        <source>Một cơ sở chỉ đặt riêng được: {value}.</source>
        <translation>A facility can only set its own: {value}.</translation>
    </message>
    <message>
        <source>Nhóm «{group}» không có (all, vaccinated).</source>
        <translation>There is no group «{group}» (all, vaccinated).</translation>
    </message>
    <message>
        <source>Số ngày cách ly phải từ 1 đến 90.</source>
        <translation>Quarantine days must be from 1 to 90.</translation>
    </message>
    <message>
        <source>Ngày xét nghiệm là các số ngày, cách nhau bởi dấu phẩy, VD 1, 7, 14.</source>
        <translation>Test days are day numbers separated by commas, e.g. 1, 7, 14.</translation>
    </message>
    <message>
        <source>Ngày xét nghiệm phải từ ngày 1 đến ngày {days}.</source>
        <translation>Test days must be from day 1 to day {days}.</translation>
    </message>
    <message>
        <source>Số ngày theo dõi tại nhà từ 0 đến 90.</source>
        <translation>Home monitoring days from 0 to 90.</translation>
    </message>
    <message>
        <source>Số ngày cách ly của người tiếp xúc gần từ 1 đến 90.</source>
        <translation>Close contacts&apos; quarantine days must be from 1 to 90.</translation>
    </message>
    <message>
        <source>Đã có quy định cho nhóm này từ ngày {valid_from:%d/%m/%Y}.</source>
        <translation>This group already has a rule from {valid_from:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>«{label}» phải là một số nguyên.</source>
        <translation>«{label}» must be a whole number.</translation>
    </message>
    <message>
        <source>«{label}» phải từ {low} đến {high}.</source>
        <translation>«{label}» must be from {low} to {high}.</translation>
    </message>
    <message>
        <source>Cùng phòng</source>
        <translation>Same room</translation>
    </message>
    <message>
        <source>Cùng tầng</source>
        <translation>Same floor</translation>
    </message>
    <message>
        <source>Cùng khu</source>
        <translation>Same block</translation>
    </message>
    <message>
        <source>Cả cơ sở</source>
        <translation>Whole facility</translation>
    </message>
    <message>
        <source>Ngồi gần trên chuyến bay (trong 2 hàng ghế)</source>
        <translation>Seated nearby on the flight (within 2 rows)</translation>
    </message>
    <message>
        <source>{n} người tiếp xúc khác ở cơ sở không giao cho tài khoản này; không thay đổi gì ở đó: hãy báo người phụ trách các cơ sở đó hoặc Ban chỉ đạo quận.</source>
        <translation>{n} other contacts are in facilities not given to this account; nothing was changed there: tell the operators of those facilities or the district steering committee.</translation>
    </message>
    <message>
        <source>Phạm vi «{scope}» không có; chọn: {allowed}.</source>
        <translation>No scope «{scope}»; choose: {allowed}.</translation>
    </message>
    <message>
        <source>Ca dương tính này vừa được ghi ở bàn khác; không ghi lần nữa.</source>
        <translation>This positive case has just been recorded at another desk; it is not recorded again.</translation>
    </message>
    <message>
        <source>{full_name} chưa từng ở khu cách ly.</source>
        <translation>{full_name} has never been in a quarantine site.</translation>
    </message>
    <message>
        <source>{full_name} đã được ghi nhận là ca dương tính ngày {on:%d/%m/%Y} trong đợt cách ly này; không ghi lần nữa.</source>
        <translation>{full_name} was already recorded as a positive case on {on:%d/%m/%Y} in this quarantine; it is not recorded again.</translation>
    </message>
    <message>
        <source>{full_name} không đang cách ly.</source>
        <translation>{full_name} is not in quarantine.</translation>
    </message>
    <message>
        <source>Ngày phát hiện không thể trước ngày bắt đầu cách ly.</source>
        <translation>The day found cannot be before the quarantine began.</translation>
    </message>
    <message>
        <source>Danh sách chuyến bay của {full_name} không ghi số ghế; không xác định được người ngồi gần.</source>
        <translation>The flight list of {full_name} gives no seat numbers; who sat nearby cannot be told.</translation>
    </message>
    <message>
        <source>Chưa có ai trong danh sách tiếp nhận.</source>
        <translation>Nobody is on the list yet.</translation>
    </message>
    <message>
        <source>Ghi họ tên, hoặc «Không rõ tên» kèm mô tả nhận dạng.</source>
        <translation>Give the full name, or «Không rõ tên» (name unknown) with a description.</translation>
    </message>
    <message>
        <source>Tuổi phải từ 0 đến 120.</source>
        <translation>The age must be from 0 to 120.</translation>
    </message>
    <message>
        <source>Cần thông tin giao nhận, hoặc chọn một đợt đến đã có.</source>
        <translation>Give the hand-over details, or choose an existing batch.</translation>
    </message>
    <message>
        <source>Ngày giao nhận</source>
        <translation>Hand-over date</translation>
    </message>
    <message>
        <source>Không xếp được {full_name}: {reason}</source>
        <translation>Could not place {full_name}: {reason}</translation>
    </message>
    <message>
        <source>cùng số giấy tờ</source>
        <translation>the same document number</translation>
    </message>
    <message>
        <source>{full_name} đang cách ly tại {code}.</source>
        <translation>{full_name} is in quarantine at {code}.</translation>
    </message>
    <message>
        <source>Số giấy tờ {id_number} đã là của {full_name} (số {id}){history}; nếu đúng là người này, chọn «cùng người».</source>
        <translation>Document number {id_number} belongs to {full_name} (number {id}){history}; if it is this person, say they are the same person.</translation>
    </message>
    <message>
        <source>tên giống {score:.0f}%, cùng ngày/năm sinh</source>
        <translation>name {score:.0f}% alike, same birth date or year</translation>
    </message>
    <message>
        <source>Cơ sở {code} đã hết giường ({occupied}/{beds}).</source>
        <translation>Site {code} has no bed left ({occupied}/{beds}).</translation>
    </message>
    <message>
        <source>Phòng {code} không thuộc cơ sở {code2}.</source>
        <translation>Room {code} does not belong to site {code2}.</translation>
    </message>
    <message>
        <source>Phòng {code} của {code2} đã đủ {beds} người.</source>
        <translation>Room {code} of {code2} is full ({beds} people).</translation>
    </message>
    <message>
        <source>nam</source>
        <translation>men</translation>
    </message>
    <message>
        <source>nữ</source>
        <translation>women</translation>
    </message>
    <message>
        <source>Phòng {code} đang đóng để khử khuẩn đến hết ngày {until:%d/%m/%Y}.</source>
        <translation>Room {code} is closed for cleaning through {until:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>chưa rõ giới tính</source>
        <translation>sex not known</translation>
    </message>
    <message>
        <source>Phòng {code} chỉ dành cho {label}; {full_name} chưa rõ giới tính.</source>
        <translation>Room {code} is for {label} only; the sex of {full_name} is not known.</translation>
    </message>
    <message>
        <source>Phòng {code} chỉ dành cho {label}.</source>
        <translation>Room {code} is for {label} only.</translation>
    </message>
    <message>
        <source>Phòng {code} đang có người không cùng hộ ({others}); không xếp {full_name} ({label}) vào chung phòng.</source>
        <translation>Room {code} holds people of another household ({others}); {full_name} ({label}) cannot share it.</translation>
    </message>
    <message>
        <source>Ngày kết thúc không thể trước ngày vào cách ly.</source>
        <translation>The end date cannot be before the admission date.</translation>
    </message>
    <message>
        <source>Ngày vào cơ sở</source>
        <translation>The admission date</translation>
    </message>
    <message>
        <source>Cơ sở {code} không có phòng {room_code}.</source>
        <translation>Site {code} has no room {room_code}.</translation>
    </message>
    <message>
        <source>Cơ sở {code} đã hết giường ({occupied}/{beds}; {held} giường đang giữ cho đợt đến đã báo trước).</source>
        <translation>Facility {code} has no bed left ({occupied}/{beds}; {held} beds held for an announced batch).</translation>
    </message>
    <message>
        <source>không đang cách ly</source>
        <translation>not in quarantine</translation>
    </message>
    <message>
        <source>chưa đến ngày hoàn thành cách ly ({planned_release_on:%d/%m/%Y}); muốn cho về sớm phải sửa ngày dự kiến kèm lý do</source>
        <translation>not yet due for release ({planned_release_on:%d/%m/%Y}); an early release needs the planned date changed with a reason</translation>
    </message>
    <message>
        <source>thiếu kết quả xét nghiệm lần cuối (ngày thứ {last_day} của thời gian cách ly)</source>
        <translation>the last test result is missing (day {last_day} of the quarantine)</translation>
    </message>
    <message>
        <source>xét nghiệm ngày {taken_on:%d/%m/%Y} đang chờ kết quả</source>
        <translation>the test of {taken_on:%d/%m/%Y} is awaiting its result</translation>
    </message>
    <message>
        <source>xét nghiệm ngày {taken_on:%d/%m/%Y} dương tính</source>
        <translation>the test of {taken_on:%d/%m/%Y} is positive</translation>
    </message>
    <message>
        <source>cho về khi chưa đủ điều kiện xét nghiệm</source>
        <translation>release without the required tests</translation>
    </message>
    <message>
        <source>Cho về khi chưa đủ điều kiện phải ghi rõ lý do.</source>
        <translation>A release without the required tests needs a stated reason.</translation>
    </message>
    <message>
        <source>Ngày hoàn thành cách ly {on:%d/%m/%Y} chưa đến; chỉ ghi ngày hôm nay hoặc một ngày đã qua.</source>
        <translation>The release date {on:%d/%m/%Y} has not come yet; only today or a past day can be recorded.</translation>
    </message>
    <message>
        <source>không có người mang số này</source>
        <translation>there is no person with this number</translation>
    </message>
    <message>
        <source>còn nợ tiền ăn {amount} đồng: cho về cần ghi chú</source>
        <translation>owes {amount} VND for meals: a release needs a note</translation>
    </message>
    <message>
        <source>mẫu gộp ngày {taken_on:%d/%m/%Y} dương tính; chờ xét nghiệm lại riêng</source>
        <translation>the pooled sample of {taken_on:%d/%m/%Y} was positive; waiting for an individual retest</translation>
    </message>
    <message>
        <source>xét nghiệm ngày {taken_on:%d/%m/%Y} chưa rõ kết quả (nghi ngờ); chờ xét nghiệm lại</source>
        <translation>the test of {taken_on:%d/%m/%Y} was inconclusive; waiting for a retest</translation>
    </message>
    <message>
        <source>không thuộc cơ sở được giao cho tài khoản này</source>
        <translation>not at a site assigned to this account</translation>
    </message>
    <message>
        <source>Ghi chú cho người còn nợ tiền ăn không được để trống.</source>
        <translation>The note for someone owing meals cannot be empty.</translation>
    </message>
    <message>
        <source>Không cho về: </source>
        <translation>Not released: </translation>
    </message>
    <message>
        <source>Chọn một nơi chuyển đến: một cơ sở cách ly hoặc một bệnh viện.</source>
        <translation>Choose where to transfer to: a quarantine site or a hospital.</translation>
    </message>
    <message>
        <source>{full_name} đang ở {code} rồi.</source>
        <translation>{full_name} is already at {code}.</translation>
    </message>
    <message>
        <source>Phải ghi lý do khi đổi ngày dự kiến hoàn thành cách ly.</source>
        <translation>Changing the planned release date needs a reason.</translation>
    </message>
    <message>
        <source>Ngày dự kiến phải sau ngày vào cách ly.</source>
        <translation>The planned date must be after the admission date.</translation>
    </message>
    <message>
        <source>Ngày mới trùng ngày dự kiến hiện tại.</source>
        <translation>The new date is the current planned date.</translation>
    </message>
    <message>
        <source>Mật khẩu cần ít nhất {MIN_PASSWORD} ký tự.</source>
        <translation>A password needs at least {MIN_PASSWORD} characters.</translation>
    </message>
    <message>
        <source>Mật khẩu không được bắt đầu hay kết thúc bằng dấu cách.</source>
        <translation>A password must not begin or end with a space.</translation>
    </message>
    <message>
        <source>Tên đăng nhập gồm chữ không dấu, số và . _ - (tối đa 64 ký tự).</source>
        <translation>A user name has unaccented letters, digits and . _ - (at most 64 characters).</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này đã có tài khoản (nhật ký thao tác ghi lại) nhưng nay không còn tài khoản nào: dữ liệu đã bị xóa ngoài chương trình hoặc một lần khôi phục, mã hóa bị dừng giữa chừng. Chương trình không mở nó; hãy khôi phục từ một bản sao lưu: quarantine-desk restore TỆP_SAO_LƯU.</source>
        <translation>This database had accounts (the audit trail records them) but now has none: data was deleted outside the program, or a restore or an encryption was stopped half-way. The program does not open it; restore it from a backup: quarantine-desk restore BACKUP_FILE.</translation>
    </message>
    <message>
        <source>Đã có tài khoản; hãy đăng nhập.</source>
        <translation>Accounts exist already; please sign in.</translation>
    </message>
    <message>
        <source>Sai tên đăng nhập hoặc mật khẩu.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Tài khoản tạm khóa sau {failed_logins} lần sai mật khẩu; thử lại sau {locked_until:%H:%M}.</source>
        <translation>Account locked after {failed_logins} wrong passwords; try again after {locked_until:%H:%M}.</translation>
    </message>
    <message>
        <source>Đã sai mật khẩu nhiều lần; đợi {seconds} giây rồi thử lại.</source>
        <translation>Too many wrong passwords; wait {seconds} seconds and try again.</translation>
    </message>
    <message>
        <source>Tên đăng nhập {name} đã có.</source>
        <translation>User name {name} already exists.</translation>
    </message>
    <message>
        <source>Vai trò «{role}» không có (admin, operator, viewer).</source>
        <translation>There is no role «{role}» (admin, operator, viewer).</translation>
    </message>
    <message>
        <source>Không có cơ sở {value}.</source>
        <translation>There is no site {value}.</translation>
    </message>
    <message>
        <source>Không thể tự khóa tài khoản của mình.</source>
        <translation>You cannot lock your own account.</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại không đúng.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Không có tài khoản {username}.</source>
        <translation>There is no account {username}.</translation>
    </message>
    <message>
        <source>Phải còn ít nhất một quản trị viên đang hoạt động.</source>
        <translation>At least one active administrator must remain.</translation>
    </message>
    <message>
        <source>Ổ đĩa chứa cơ sở dữ liệu {value} đã đầy; không có gì được ghi. Hãy giải phóng chỗ trống rồi thử lại.</source>
        <translation>The disk holding the database {value} is full; nothing was written. Free some space and try again.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {value} chỉ cho đọc (tệp hoặc thư mục không cho ghi); không có gì được ghi.</source>
        <translation>The database {value} is read-only (the file or folder cannot be written); nothing was written.</translation>
    </message>
    <message>
        <source>Một bàn khác đang ghi vào cơ sở dữ liệu {value} quá lâu; không có gì được ghi. Hãy thử lại sau ít phút.</source>
        <translation>Another desk has been writing to the database {value} for too long; nothing was written. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>Lỗi đọc ghi ổ đĩa chứa cơ sở dữ liệu {value}; không có gì được ghi. Hãy kiểm tra ổ đĩa (USB, ổ mạng) rồi thử lại.</source>
        <translation>A disk error on the drive holding the database {value}; nothing was written. Check the drive (USB, network drive) and try again.</translation>
    </message>
    <message>
        <source>Địa chỉ cơ sở dữ liệu không hợp lệ: {target}</source>
        <translation>Invalid database address: {target}</translation>
    </message>
    <message>
        <source>{path} là một thư mục, không phải tệp cơ sở dữ liệu.</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {target} được mã hóa và máy này không có khóa của nó; hãy nhập khóa khôi phục: quarantine-desk --db {target} key add (nếu tệp chưa từng được mã hóa thì nó đã hỏng: hãy khôi phục từ bản sao lưu).</source>
        <translation>The database {target} is encrypted and this computer does not have its key; enter the recovery key: quarantine-desk --db {target} key add (if the file was never encrypted, it is damaged: restore it from a backup).</translation>
    </message>
    <message>
        <source>Không có trình điều khiển cho {value} ({exc}). Với PostgreSQL, cài thêm: pip install &apos;quarantine-desk[postgres]&apos;.</source>
        <translation>No driver for {value} ({exc}). For PostgreSQL, also install: pip install &apos;quarantine-desk[postgres]&apos;.</translation>
    </message>
    <message>
        <source>Khóa của máy này không mở được cơ sở dữ liệu mã hóa {target} (khóa khác, hoặc tệp hỏng); hãy nhập đúng khóa khôi phục: quarantine-desk --db {target} key add.</source>
        <translation>This computer&apos;s key does not open the encrypted database {target} (another key, or a damaged file); enter the right recovery key: quarantine-desk --db {target} key add.</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu {target}: {reason}. Tệp hỏng hoặc không phải cơ sở dữ liệu; hãy khôi phục từ một bản sao lưu: quarantine-desk restore TỆP_SAO_LƯU (bản sao lưu tự động nằm trong thư mục backups cạnh cơ sở dữ liệu).</source>
        <translation>Cannot open the database {target}: {reason}. The file is damaged or not a database; restore it from a backup: quarantine-desk restore BACKUP_FILE (the automatic backups are in the backups folder beside the database).</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu {target}: chứng chỉ TLS của máy chủ không được tin cậy hoặc máy chủ không dùng TLS ({reason}); kiểm tra sslrootcert có chỉ tới chứng chỉ của cơ quan không.</source>
        <translation>Cannot open the database {target}: the server&apos;s TLS certificate is not trusted or the server does not use TLS ({reason}); check that sslrootcert points to the office&apos;s certificate.</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu {target}: tệp hoặc thư mục chứa nó chỉ cho đọc (ổ đĩa chỉ đọc, tệp bị khóa ghi hoặc không có quyền ghi). Hãy chép nó vào nơi ghi được, hoặc xin quyền ghi.</source>
        <translation>Cannot open the database {target}: the file or its folder is read-only (a read-only drive, a write-locked file or no permission to write). Copy it somewhere writable, or ask for write permission.</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu {target}: {reason}</source>
        <translation>Cannot open the database {target}: {reason}</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} vừa được thay bằng tệp khác (khôi phục hoặc mã hóa) trong khi chương trình này đang mở nó; không có gì được ghi. Hãy đóng rồi mở lại chương trình.</source>
        <translation>The database {path} was just replaced by another file (a restore or an encryption) while this program had it open; nothing was written. Close the program and open it again.</translation>
    </message>
    <message>
        <source>{value} không phải cơ sở dữ liệu của Quarantine Desk (có bảng dữ liệu nhưng không có phiên bản lược đồ). Không thay đổi gì.</source>
        <translation>{value} is not a Quarantine Desk database (it has tables but no schema version). Nothing was changed.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {value} được tạo bởi phiên bản Quarantine Desk mới hơn (lược đồ {current}). Hãy dùng phiên bản mới hơn; chương trình này không thay đổi gì trong đó.</source>
        <translation>The database {value} was made by a newer version of Quarantine Desk (schema {current}). Use a newer version; this program changed nothing in it.</translation>
    </message>
    <message>
        <source>Nâng cấp lược đồ để lại liên kết hỏng; đã hoàn tác, cơ sở dữ liệu giữ nguyên.</source>
        <translation>The schema upgrade left broken links; it was undone and the database is unchanged.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {value} bị hỏng ({result}). Hãy khôi phục từ một bản sao lưu: quarantine-desk restore TỆP_SAO_LƯU (bản sao lưu tự động nằm trong thư mục backups cạnh cơ sở dữ liệu).</source>
        <translation>The database {value} is damaged ({result}). Restore it from a backup: quarantine-desk restore BACKUP_FILE (the automatic backups are in the backups folder beside the database).</translation>
    </message>
    <message>
        <source>Số giấy tờ này vừa được một bàn khác ghi cho một người; không có gì được ghi. Hãy xem lại người đó rồi thử lại.</source>
        <translation>Another desk has just recorded this document number for someone; nothing was written. Look at that person and try again.</translation>
    </message>
    <message>
        <source>Giá trị «{field}» dài {n} ký tự, quá giới hạn {limit} ký tự; không có gì được ghi.</source>
        <translation>The value «{field}» is {n} characters long, beyond the limit of {limit}; nothing was written.</translation>
    </message>
    <message>
        <source>Đăng nhập – Quarantine Desk</source>
        <translation>Sign in – Quarantine Desk</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Nhập tên đăng nhập.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Thiết lập lần đầu – Quarantine Desk</source>
        <translation>First start – Quarantine Desk</translation>
    </message>
    <message>
        <source>Đây là lần đầu chương trình mở cơ sở dữ liệu này. Nhập tên cơ quan in trên giấy tờ và tạo tài khoản quản trị cấp huyện (tài khoản này thêm người dùng và đổi cài đặt). Mọi mục sửa lại được trong «Cài đặt».</source>
        <translation>This is the first time the program opens this database. Enter the name of the office printed on documents and create the district administrator account (it adds users and changes settings). Everything can be changed later under «Settings».</translation>
    </message>
    <message>
        <source>Điền sẵn tên đơn vị, chữ viết tắt và khối chữ ký theo loại cơ quan; sửa lại được từng mục</source>
        <translation>Fills in the unit&apos;s name, abbreviation and signature block for this kind of office; each field can be changed</translation>
    </message>
    <message>
        <source>Loại cơ quan:</source>
        <translation>Kind of office:</translation>
    </message>
    <message>
        <source>VD: quantri</source>
        <translation>e.g. admin</translation>
    </message>
    <message>
        <source>ít nhất {MIN_PASSWORD} ký tự</source>
        <translation>at least {MIN_PASSWORD} characters</translation>
    </message>
    <message>
        <source>Tên đăng nhập quản trị:</source>
        <translation>Administrator user name:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <source>Nạp dữ liệu mẫu để tập dùng thử (có thể bỏ qua)</source>
        <translation>Load demo data to practise with (optional)</translation>
    </message>
    <message>
        <source>VD: {example}</source>
        <translation>e.g. {example}</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không khớp.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Chương trình đã khóa</source>
        <translation>The program is locked</translation>
    </message>
    <message>
        <source>Chương trình tự khóa khi không dùng. Nhập mật khẩu của {value} ({username}) để tiếp tục.</source>
        <translation>The program locks itself when not in use. Enter the password of {value} ({username}) to continue.</translation>
    </message>
    <message>
        <source>Thoát chương trình</source>
        <translation>Quit the program</translation>
    </message>
    <message>
        <source>Sai mật khẩu.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Cơ sở được giao:</source>
        <translation>Assigned sites:</translation>
    </message>
    <message>
        <source>Cán bộ cơ sở cần được giao ít nhất một cơ sở.</source>
        <translation>A site officer needs at least one assigned site.</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sửa cơ sở cách ly</source>
        <translation>Edit quarantine site</translation>
    </message>
    <message>
        <source>Thêm cơ sở cách ly</source>
        <translation>Add quarantine site</translation>
    </message>
    <message>
        <source>VD: TQS-CT</source>
        <translation>e.g. TQS-CT</translation>
    </message>
    <message>
        <source>VD: Bộ Chỉ huy Quân sự thành phố Cần Thơ</source>
        <translation>e.g. Can Tho City Military Command</translation>
    </message>
    <message>
        <source>Mã cơ sở:</source>
        <translation>Site code:</translation>
    </message>
    <message>
        <source>Tên cơ sở:</source>
        <translation>Site name:</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Số giường:</source>
        <translation>Beds:</translation>
    </message>
    <message>
        <source>Đơn vị quản lý:</source>
        <translation>Managing unit:</translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Quận, huyện:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Liên hệ:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Tổng giường các phòng; sửa ở từng phòng.</source>
        <translation>The sum of the rooms&apos; beds; change them room by room.</translation>
    </message>
    <message>
        <source> (tổng các phòng)</source>
        <translation> (sum of the rooms)</translation>
    </message>
    <message>
        <source>Thêm phòng cho {code}</source>
        <translation>Add a room to {code}</translation>
    </message>
    <message>
        <source>VD: 101, hoặc cả dãy: 101-110</source>
        <translation>e.g. 101, or a whole range: 101-110</translation>
    </message>
    <message>
        <source>Không phân biệt</source>
        <translation>Either sex</translation>
    </message>
    <message>
        <source>Chỉ nam</source>
        <translation>Men only</translation>
    </message>
    <message>
        <source>Chỉ nữ</source>
        <translation>Women only</translation>
    </message>
    <message>
        <source>VD: A (không bắt buộc)</source>
        <translation>e.g. A (optional)</translation>
    </message>
    <message>
        <source>VD: 2 (không bắt buộc)</source>
        <translation>e.g. 2 (optional)</translation>
    </message>
    <message>
        <source>Phòng:</source>
        <translation>Room:</translation>
    </message>
    <message>
        <source>Dành cho:</source>
        <translation>Reserved for:</translation>
    </message>
    <message>
        <source>Khu:</source>
        <translation>Block:</translation>
    </message>
    <message>
        <source>Tầng:</source>
        <translation>Floor:</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu bị hỏng</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>{message}

Chọn một bản sao lưu để khôi phục. Tệp hỏng được giữ lại bên cạnh (đổi tên thành …replaced-…) để chuyên viên kiểm tra.</source>
        <translation>{message}

Choose a backup to restore. The damaged file is kept beside it (renamed …replaced-…) for a specialist to examine.</translation>
    </message>
    <message>
        <source>{message}

Không có bản sao lưu tự động nào trong {value}.</source>
        <translation>{message}

There is no automatic backup in {value}.</translation>
    </message>
    <message>
        <source>Khôi phục bản đã chọn</source>
        <translation>Restore the chosen backup</translation>
    </message>
    <message>
        <source>Chưa xếp phòng</source>
        <translation>No room yet</translation>
    </message>
    <message>
        <source>, nam</source>
        <translation>, men</translation>
    </message>
    <message>
        <source>, nữ</source>
        <translation>, women</translation>
    </message>
    <message>
        <source> và {value} người khác</source>
        <translation> and {value} others</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{full_name}: giấy số {number}</source>
        <translation>{full_name}: certificate {number}</translation>
    </message>
    <message>
        <source>{n} người chưa đủ điều kiện</source>
        <translation>{n} not eligible</translation>
    </message>
    <message>
        <source>{name} (còn nợ tiền ăn {amount} đồng)</source>
        <translation>{name} (owes {amount} VND for meals)</translation>
    </message>
    <message>
        <source>{n} người còn nợ tiền ăn: {names}.
Ghi chú để cho về cả những người này (VD: hẹn nộp tại địa phương); để trống thì không cho họ về:</source>
        <translation>{n} people still owe for meals: {names}.
A note to release them too (e.g. will pay at the commune); left empty, they stay:</translation>
    </message>
    <message>
        <source>và {value} người khác</source>
        <translation>and {value} others</translation>
    </message>
    <message>
        <source>Chưa ai trong số đã chọn được cho về ngày {on:%d/%m/%Y}:</source>
        <translation>None of those chosen can be released on {on:%d/%m/%Y}:</translation>
    </message>
    <message>
        <source>Nhận vào</source>
        <translation>Admit</translation>
    </message>
    <message>
        <source>Nhận vào cơ sở cách ly</source>
        <translation>Admit to a quarantine site</translation>
    </message>
    <message>
        <source>Người:</source>
        <translation>People:</translation>
    </message>
    <message>
        <source>Cơ sở:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Ngày vào:</source>
        <translation>Admission date:</translation>
    </message>
    <message>
        <source>Theo quy định đang áp dụng, dự kiến hoàn thành cách ly ngày {value}.</source>
        <translation>Under the rules in force, the planned release date is {value}.</translation>
    </message>
    <message>
        <source>Chưa có cơ sở cách ly nào đang nhận người.</source>
        <translation>No quarantine site is taking people yet.</translation>
    </message>
    <message>
        <source>Nhiều người cùng lúc: hãy để «Chưa xếp phòng» hoặc dùng trang Bố trí chỗ ở.</source>
        <translation>Several people at once: leave «No room yet» or use the Bed allocation page.</translation>
    </message>
    <message>
        <source>Chuyển</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Chuyển {full_name}</source>
        <translation>Transfer {full_name}</translation>
    </message>
    <message>
        <source>Chuyển bệnh viện (kết thúc cách ly, trả giường)</source>
        <translation>Transfer to hospital (ends the quarantine, frees the bed)</translation>
    </message>
    <message>
        <source>Chuyển sang cơ sở cách ly khác (giữ ngày dự kiến)</source>
        <translation>Move to another quarantine site (keeps the planned date)</translation>
    </message>
    <message>
        <source>Bệnh viện:</source>
        <translation>Hospital:</translation>
    </message>
    <message>
        <source>Ngày chuyển:</source>
        <translation>Transfer date:</translation>
    </message>
    <message>
        <source>— Chọn kết quả —</source>
        <translation>— Choose the result —</translation>
    </message>
    <message>
        <source>Chọn kết quả xét nghiệm.</source>
        <translation>Choose the test result.</translation>
    </message>
    <message>
        <source>Địa chỉ thường trú:</source>
        <translation>Permanent address:</translation>
    </message>
    <message>
        <source>VD: 2 mũi Pfizer, mũi 2 ngày 01/09/2021; Chưa tiêm; Đã khỏi bệnh 15/08/2021</source>
        <translation>e.g. 2 doses Pfizer, last dose 01/09/2021; not vaccinated; recovered 15/08/2021</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Miễn tiền ăn:</source>
        <translation>Exempt from meals:</translation>
    </message>
    <message>
        <source>Văn bản cho miễn:</source>
        <translation>Paper granting it:</translation>
    </message>
    <message>
        <source>Ghi tên bệnh viện nhận người.</source>
        <translation>Enter the name of the receiving hospital.</translation>
    </message>
    <message>
        <source>, dự phòng</source>
        <translation>, standby</translation>
    </message>
    <message>
        <source>{code} – {name} (còn {free} giường{standby})</source>
        <translation>{code} – {name} ({free} beds free{standby})</translation>
    </message>
    <message>
        <source>Ghi kết quả xét nghiệm</source>
        <translation>Record a test result</translation>
    </message>
    <message>
        <source>Test nhanh kháng nguyên</source>
        <translation>Rapid antigen test</translation>
    </message>
    <message>
        <source>Ngày lấy mẫu:</source>
        <translation>Sample date:</translation>
    </message>
    <message>
        <source>Kết quả:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>Đã ghi kết quả «{result}» ({kind}) cho {n} người</source>
        <translation>Recorded «{result}» ({kind}) for {n} people</translation>
    </message>
    <message>
        <source>{n} người chưa ghi được</source>
        <translation>{n} not recorded</translation>
    </message>
    <message>
        <source>Đổi ngày dự kiến – {full_name}</source>
        <translation>Change planned date – {full_name}</translation>
    </message>
    <message>
        <source>VD: tiếp xúc gần với ca dương tính ngày 03/08</source>
        <translation>e.g. close contact with a positive case on 03/08</translation>
    </message>
    <message>
        <source>Ngày dự kiến hiện tại:</source>
        <translation>Current planned date:</translation>
    </message>
    <message>
        <source>Ngày mới:</source>
        <translation>New date:</translation>
    </message>
    <message>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Sửa thông tin: {full_name}</source>
        <translation>Edit details: {full_name}</translation>
    </message>
    <message>
        <source>Chưa rõ</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>ngày tiêm {d:%d/%m/%Y} ở tương lai</source>
        <translation>vaccination date {d:%d/%m/%Y} is in the future</translation>
    </message>
    <message>
        <source>số mũi tiêm «{value}» không hợp lệ</source>
        <translation>number of doses «{value}» is not valid</translation>
    </message>
    <message>
        <source>ngày «{value}» ở tương lai</source>
        <translation>date «{value}» is in the future</translation>
    </message>
    <message>
        <source>đã khỏi bệnh nhưng thiếu ngày khỏi bệnh</source>
        <translation>recovered, but the date of recovery is missing</translation>
    </message>
    <message>
        <source>không đọc được thông tin tiêm chủng «{value}»</source>
        <translation>cannot read the vaccination «{value}»</translation>
    </message>
    <message>
        <source>không rõ số mũi đã tiêm: tình trạng tiêm chủng để «chưa rõ»</source>
        <translation>how many doses is not said: the vaccination status is left «unknown»</translation>
    </message>
    <message>
        <source>thiếu ngày tiêm mũi cuối: chưa tính là đã tiêm đủ liều</source>
        <translation>the date of the last dose is missing: not counted as fully vaccinated</translation>
    </message>
    <message>
        <source>chưa tiêm</source>
        <translation>not vaccinated</translation>
    </message>
    <message>
        <source>{n} mũi</source>
        <translation>{n} doses</translation>
    </message>
    <message>
        <source>mũi cuối {d:%d/%m/%Y}</source>
        <translation>last dose {d:%d/%m/%Y}</translation>
    </message>
    <message>
        <source>khỏi bệnh {d:%d/%m/%Y}</source>
        <translation>recovered {d:%d/%m/%Y}</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, hoặc chỉ năm sinh</source>
        <translation>dd/mm/yyyy, or the year of birth alone</translation>
    </message>
    <message>
        <source>CCCD 12 số, CMND 9 số hoặc hộ chiếu</source>
        <translation>CCCD 12 digits, CMND 9 digits or passport</translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Ngày sinh:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>Số giấy tờ:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>Quốc tịch:</source>
        <translation>Nationality:</translation>
    </message>
    <message>
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Lỗi không lường trước</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi không lường trước; thao tác vừa rồi có thể chưa hoàn thành.
Chi tiết được ghi trong thư mục nhật ký: {value}</source>
        <translation>An unexpected error occurred; the last action may not have finished.
Details are written in the log folder: {value}</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu được mã hóa</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <source>{message}

Khóa khôi phục (64 chữ số, như bản đã in):</source>
        <translation>{message}

Recovery key (64 digits, as printed):</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu: {value}</source>
        <translation>Database: {value}</translation>
    </message>
    <message>
        <source>⚠ Nhật ký thao tác đã bị can thiệp ngoài chương trình; hãy báo quản trị viên</source>
        <translation>⚠ The audit trail has been tampered with outside the program; tell an administrator</translation>
    </message>
    <message>
        <source>Hãy đợi công việc đang chạy xong và hoàn tất (hoặc hủy) việc nhập danh sách rồi mới đổi ngôn ngữ.</source>
        <translation>Wait for the work in progress to finish, and finish (or cancel) the list import, before changing the language.</translation>
    </message>
    <message>
        <source>Không nạp được bản dịch.</source>
        <translation>The translation could not be loaded.</translation>
    </message>
    <message>
        <source>Đang nhập danh sách</source>
        <translation>Importing a list</translation>
    </message>
    <message>
        <source>Việc nhập danh sách đang chạy. Đóng chương trình bây giờ sẽ hủy việc nhập: không ai trong tệp được ghi vào, phải nhập lại tệp sau. Vẫn đóng?</source>
        <translation>A list is being imported. Closing the program now cancels the import: nobody from the file is written, and the file must be imported again later. Close anyway?</translation>
    </message>
    <message>
        <source>Hủy nhập và đóng</source>
        <translation>Cancel the import and close</translation>
    </message>
    <message>
        <source>Tiếp tục nhập</source>
        <translation>Keep importing</translation>
    </message>
    <message>
        <source>Tên cơ sở</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>Đơn vị quản lý</source>
        <translation>Managing unit</translation>
    </message>
    <message>
        <source>Quận, huyện</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Còn trống</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Ngày thứ</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Nhiệt độ (°C)</source>
        <translation>Temperature (°C)</translation>
    </message>
    <message>
        <source>Triệu chứng</source>
        <translation>Symptoms</translation>
    </message>
    <message>
        <source>Sốt từ 37,5 °C: chuyển đi khám và điều trị</source>
        <translation>Fever from 37.5 °C: send for examination and treatment</translation>
    </message>
    <message>
        <source>Nhiệt độ «{value}» phải là số, VD 37,8.</source>
        <translation>Temperature «{value}» must be a number, e.g. 37.8.</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Lỗi và cảnh báo</source>
        <translation>Errors and warnings</translation>
    </message>
    <message>
        <source>Tiêm chủng khi đến</source>
        <translation>Vaccination on arrival</translation>
    </message>
    <message>
        <source>Bấm đúp để sửa ô này; dòng được nhập khi không còn lỗi.</source>
        <translation>Double-click to correct this cell; the row is imported once it has no error.</translation>
    </message>
    <message>
        <source>Thêm người mới</source>
        <translation>Add as a new person</translation>
    </message>
    <message>
        <source>Bỏ qua dòng này</source>
        <translation>Skip this row</translation>
    </message>
    <message>
        <source>Gộp vào người đã có</source>
        <translation>Merge into the existing person</translation>
    </message>
    <message>
        <source>Trong tệp</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Đã có</source>
        <translation>Already stored</translation>
    </message>
    <message>
        <source>Vì sao</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Chưa quyết định – hãy chọn</source>
        <translation>Not decided – choose</translation>
    </message>
    <message>
        <source>không giấy tờ</source>
        <translation>no document</translation>
    </message>
    <message>
        <source>Dòng {duplicate_row} của tệp này</source>
        <translation>Row {duplicate_row} of this file</translation>
    </message>
    <message>
        <source>Dòng {similar_row} của tệp này</source>
        <translation>Row {similar_row} of this file</translation>
    </message>
    <message>
        <source>{full_name} (số {id}), {born}, {value}</source>
        <translation>{full_name} (number {id}), {born}, {value}</translation>
    </message>
    <message>
        <source>Cùng số giấy tờ nhưng khác tên: kiểm tra lại</source>
        <translation>Same document number but a different name: check it</translation>
    </message>
    <message>
        <source>Cùng số giấy tờ nhưng khác ngày sinh: kiểm tra lại</source>
        <translation>Same document but another birth date: check</translation>
    </message>
    <message>
        <source>Cùng số giấy tờ</source>
        <translation>Same document number</translation>
    </message>
    <message>
        <source>Tên giống {similar_score:.0f}%, cùng ngày/năm sinh</source>
        <translation>Names {similar_score:.0f}% alike, same date/year of birth</translation>
    </message>
    <message>
        <source>Ngày vào</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <source>{label} ({n} mũi)</source>
        <translation>{label} ({n} doses)</translation>
    </message>
    <message>
        <source>Người (số)</source>
        <translation>Person (no.)</translation>
    </message>
    <message>
        <source>Trước</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Sau</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Cơ sở được giao</source>
        <translation>Assigned sites</translation>
    </message>
    <message>
        <source>Ngày dự kiến ra</source>
        <translation>Planned release</translation>
    </message>
    <message>
        <source>Bệnh viện</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nhiệt độ</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Ngày ra</source>
        <translation>Released on</translation>
    </message>
    <message>
        <source>Cho về dù chưa đủ điều kiện</source>
        <translation>Released without all conditions</translation>
    </message>
    <message>
        <source>Mức tiếp xúc</source>
        <translation>Contact level</translation>
    </message>
    <message>
        <source>Đóng đến ngày</source>
        <translation>Closed until</translation>
    </message>
    <message>
        <source>Ngày đo</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>Giấy xác nhận</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Số giường</source>
        <translation>Beds</translation>
    </message>
    <message>
        <source>Ngày lấy mẫu</source>
        <translation>Sample taken on</translation>
    </message>
    <message>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>số của người</source>
        <translation>person number</translation>
    </message>
    <message>
        <source>tài khoản</source>
        <translation>account</translation>
    </message>
    <message>
        <source>Mọi thay đổi</source>
        <translation>All changes</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Lọc</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Sổ đăng ký văn bản đi</source>
        <translation>Register of outgoing papers</translation>
    </message>
    <message>
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Mọi loại</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Số lần in</source>
        <translation>Times printed</translation>
    </message>
    <message>
        <source>{n} văn bản.</source>
        <translation>{n} papers.</translation>
    </message>
    <message>
        <source>Xuất sổ văn bản đi</source>
        <translation>Export the register of outgoing papers</translation>
    </message>
    <message>
        <source>Tài khoản:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Số của người là một số nguyên (cột «Số» trong danh sách người).</source>
        <translation>The person number is a whole number (the «No.» column in the people list).</translation>
    </message>
    <message>
        <source> (mới nhất trước; xuất Excel để có tất cả)</source>
        <translation> (newest first; export to Excel to get them all)</translation>
    </message>
    <message>
        <source>{n} mục{more}.</source>
        <translation>Entries: {n}{more}.</translation>
    </message>
    <message>
        <source>Xuất nhật ký thay đổi</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>Không xuất được: {exc}</source>
        <translation>Could not export: {exc}</translation>
    </message>
    <message>
        <source>Đã xuất {value} ra {path}.</source>
        <translation>Exported {value} to {path}.</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu cho {username}</source>
        <translation>Reset the password of {username}</translation>
    </message>
    <message>
        <source>Mật khẩu mới:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Nhập lại:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <source>Thêm tài khoản…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Đã khóa</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Mở lại tài khoản</source>
        <translation>Unlock account</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Could not do that</translation>
    </message>
    <message>
        <source>Bố trí chỗ ở cho một đợt đến</source>
        <translation>Allocate beds for an arrival batch</translation>
    </message>
    <message>
        <source>Một hộ gia đình ở cùng phòng (hoặc các phòng liền nhau); người không cùng hộ được xếp theo giới tính: nam và nữ không cùng hộ không bao giờ ở chung phòng; phòng dành riêng cho nam hoặc nữ được tôn trọng; người đến khác ngày không ở chung phòng. Xem trước, ghép hoặc tách hộ nếu cần, rồi mới ghi.</source>
        <translation>A household stays in one room (or neighbouring rooms); everyone else is placed by sex: men and women of different households never share a room; rooms set aside for men or women are respected; people who arrived on different days never share a room. Preview, join or split households where needed, then commit.</translation>
    </message>
    <message>
        <source>Đợt đến:</source>
        <translation>Arrival batch:</translation>
    </message>
    <message>
        <source>Ngày vào cách ly:</source>
        <translation>Admission date:</translation>
    </message>
    <message>
        <source>Cơ sở nhận, theo thứ tự ưu tiên (bỏ chọn để không dùng):</source>
        <translation>Receiving sites, in order of preference (untick to leave out):</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Cho phép tách một hộ sang cơ sở khác khi không cơ sở nào đủ chỗ cho cả hộ</source>
        <translation>Allow a household to be split across facilities when none has room for all of it</translation>
    </message>
    <message>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Bố trí</source>
        <translation>Allocate</translation>
    </message>
    <message>
        <source>Ghép thành một hộ</source>
        <translation>Make one household</translation>
    </message>
    <message>
        <source>Những người đang chọn là một gia đình, ở cùng nhau</source>
        <translation>The people selected are one family and stay together</translation>
    </message>
    <message>
        <source>Tách khỏi hộ</source>
        <translation>Take out of household</translation>
    </message>
    <message>
        <source>Những người đang chọn được xếp như người đi một mình</source>
        <translation>The people selected are placed as people travelling alone</translation>
    </message>
    <message>
        <source>In danh sách bố trí phòng</source>
        <translation>Print the room assignment list</translation>
    </message>
    <message>
        <source>Nơi ở</source>
        <translation>Placed at</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Hộ</source>
        <translation>Household</translation>
    </message>
    <message>
        <source> từ {origin}</source>
        <translation> from {origin}</translation>
    </message>
    <message>
        <source> – tệp {name}</source>
        <translation> – file {name}</translation>
    </message>
    <message>
        <source>Số {id}: {kind}{ref}{origin}, {arrival_date:%d/%m/%Y} ({people} người){source}</source>
        <translation>No. {id}: {kind}{ref}{origin}, {arrival_date:%d/%m/%Y} ({people} people){source}</translation>
    </message>
    <message>
        <source>Số {id}: {kind}{ref}{origin}, ngày {value} – {waiting} người chờ bố trí</source>
        <translation>No. {id}: {kind}{ref}{origin}, {value} – waiting for a bed: {waiting}</translation>
    </message>
    <message>
        <source>{code} – {name}: còn {free}/{beds} giường</source>
        <translation>{code} – {name}: {free}/{beds} beds free</translation>
    </message>
    <message>
        <source>Không có đợt đến nào còn người chờ bố trí.</source>
        <translation>No arrival batch has people waiting for a bed.</translation>
    </message>
    <message>
        <source>Chọn ít nhất một cơ sở nhận người.</source>
        <translation>Choose at least one receiving site.</translation>
    </message>
    <message>
        <source>Đang bố trí…</source>
        <translation>Allocating…</translation>
    </message>
    <message>
        <source>Đang lập phương án…</source>
        <translation>Working out a plan…</translation>
    </message>
    <message>
        <source>{verb}: {n} người vào ngày {value}</source>
        <translation>{verb}: {n} people admitted on {value}</translation>
    </message>
    <message>
        <source> {n} hộ gia đình ở cùng nhau.</source>
        <translation> Households kept together: {n}.</translation>
    </message>
    <message>
        <source> Chưa có chỗ cho {n} người (tô đỏ bên dưới).</source>
        <translation> No place yet for {n} people (in red below).</translation>
    </message>
    <message>
        <source>Hộ {n} (gợi ý)</source>
        <translation>Household {n} (suggested)</translation>
    </message>
    <message>
        <source>Hộ {n}</source>
        <translation>Household {n}</translation>
    </message>
    <message>
        <source>Theo dõi hằng ngày</source>
        <translation>Daily checks</translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Ghi cho những người đã chọn</source>
        <translation>Record for the chosen people</translation>
    </message>
    <message>
        <source>{code} – {name} ({occupied} người)</source>
        <translation>{code} – {name} ({occupied} people)</translation>
    </message>
    <message>
        <source>Xét nghiệm đến hạn ngày {on:%d/%m/%Y}: {n} người</source>
        <translation>Tests due on {on:%d/%m/%Y}: {n} people</translation>
    </message>
    <message>
        <source> (quá hạn từ ngày {test_day})</source>
        <translation> (overdue since day {test_day})</translation>
    </message>
    <message>
        <source>{n} người; đã đo {done}; sốt từ 37,5 °C: {fever}</source>
        <translation>People: {n}; measured: {done}; fever from 37.5 °C: {fever}</translation>
    </message>
    <message>
        <source> (tô đỏ: chuyển đi khám)</source>
        <translation> (in red: send for examination)</translation>
    </message>
    <message>
        <source>Chọn người trong danh sách xét nghiệm đến hạn.</source>
        <translation>Choose people in the list of tests due.</translation>
    </message>
    <message>
        <source>Chọn ô nhiệt độ hoặc triệu chứng của người đầu tiên rồi dán.</source>
        <translation>Choose the temperature or symptoms cell of the first person, then paste.</translation>
    </message>
    <message>
        <source>Dán {n} dòng nhưng từ {full_name} trở xuống chỉ có {m} người; không ghi gì.</source>
        <translation>{n} lines pasted but there are only {m} people from {full_name} down; nothing was recorded.</translation>
    </message>
    <message>
        <source>{full_name}: nhiệt độ «{value}» phải là số, VD 37,8; không ghi gì.</source>
        <translation>{full_name}: the temperature «{value}» must be a number, e.g. 37.8; nothing was recorded.</translation>
    </message>
    <message>
        <source>Đã ghi {n} người từ bảng dán.</source>
        <translation>Recorded {n} people from the pasted table.</translation>
    </message>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Tiếp nhận tại chỗ…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <source>Báo trước đợt đến…</source>
        <translation>Announce an arrival…</translation>
    </message>
    <message>
        <source>Giường còn trống (cơ sở đang hoạt động)</source>
        <translation>Free beds (active sites)</translation>
    </message>
    <message>
        <source>Chờ bố trí chỗ ở</source>
        <translation>Waiting for a bed</translation>
    </message>
    <message>
        <source>Dự kiến hoàn thành cách ly hôm nay</source>
        <translation>Due for release today</translation>
    </message>
    <message>
        <source>Quá ngày dự kiến, chưa kết thúc</source>
        <translation>Past the planned date, not yet ended</translation>
    </message>
    <message>
        <source>Đã hoàn thành cách ly</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Đã chuyển bệnh viện</source>
        <translation>Transferred to hospital</translation>
    </message>
    <message>
        <source>Đến hôm nay (theo danh sách)</source>
        <translation>Arriving today (by the lists)</translation>
    </message>
    <message>
        <source>Nhận vào cơ sở hôm nay</source>
        <translation>Admitted today</translation>
    </message>
    <message>
        <source>Sốt từ 37,5 °C hôm nay</source>
        <translation>Fever of 37.5 °C or more today</translation>
    </message>
    <message>
        <source>Xét nghiệm đến hạn hôm nay</source>
        <translation>Tests due today</translation>
    </message>
    <message>
        <source>Dương tính hôm nay</source>
        <translation>Positive today</translation>
    </message>
    <message>
        <source>Chuyển bệnh viện, chuyển cơ sở hôm nay</source>
        <translation>Transferred to hospital or another site today</translation>
    </message>
    <message>
        <source>Giường trống 21 ngày tới (cột xanh) và người sắp đến (vạch đỏ)</source>
        <translation>Free beds in the next 21 days (green bars) and people arriving (red marks)</translation>
    </message>
    <message>
        <source>Có thể nhận</source>
        <translation>Can we take</translation>
    </message>
    <message>
        <source>người vào ngày</source>
        <translation>people on</translation>
    </message>
    <message>
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Giường theo cơ sở cách ly</source>
        <translation>Beds by quarantine site</translation>
    </message>
    <message>
        <source>Đang ở / Giường</source>
        <translation>Occupied / Beds</translation>
    </message>
    <message>
        <source>Mức sử dụng</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Được: {where}.</source>
        <translation>Yes: {where}.</translation>
    </message>
    <message>
        <source>Tổng quan ngày {value}</source>
        <translation>Overview of {value}</translation>
    </message>
    <message>
        <source>Không có</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Cơ sở cách ly</source>
        <translation>Quarantine sites</translation>
    </message>
    <message>
        <source>Thêm cơ sở…</source>
        <translation>Add site…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Thêm phòng…</source>
        <translation>Add room…</translation>
    </message>
    <message>
        <source>Cho hoạt động</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Chuyển dự phòng</source>
        <translation>Put on standby</translation>
    </message>
    <message>
        <source>Đóng cơ sở</source>
        <translation>Close site</translation>
    </message>
    <message>
        <source>Chọn một cơ sở để xem các phòng.</source>
        <translation>Choose a site to see its rooms.</translation>
    </message>
    <message>
        <source>Khu, tầng</source>
        <translation>Block, floor</translation>
    </message>
    <message>
        <source>đóng khử khuẩn đến hết ngày {value}</source>
        <translation>closed for cleaning through {value}</translation>
    </message>
    <message>
        <source>Dành cho</source>
        <translation>Reserved for</translation>
    </message>
    <message>
        <source>{name}{unit}: {n} phòng, {occupied}/{beds} giường đang dùng ({value})</source>
        <translation>{name}{unit}: rooms: {n}, beds in use: {occupied}/{beds} ({value})</translation>
    </message>
    <message>
        <source>Không đổi được trạng thái</source>
        <translation>Could not change the status</translation>
    </message>
    <message>
        <source>Chọn tệp</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>Ghép cột</source>
        <translation>Match columns</translation>
    </message>
    <message>
        <source>Người có thể trùng</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Thông tin đợt đến</source>
        <translation>Arrival details</translation>
    </message>
    <message>
        <source>Mã ống mẫu</source>
        <translation>Tube code</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Giá trị Ct</source>
        <translation>Ct value</translation>
    </message>
    <message>
        <source>Trường «{name}» không có; dùng: {allowed}.</source>
        <translation>There is no field «{name}»; use: {allowed}.</translation>
    </message>
    <message>
        <source>Không tìm thấy dòng tiêu đề của kết quả xét nghiệm: cần cột «Kết quả» và cột «Mã ống» (hoặc số giấy tờ, họ tên). Có thể chỉ rõ: --column LETTER=FIELD.</source>
        <translation>No header row of test results found: a «Result» column and a «Tube code» column (or document number, full name) are needed. You can state them: --column LETTER=FIELD.</translation>
    </message>
    <message>
        <source>Chưa có cột kết quả (--column LETTER=result).</source>
        <translation>No result column yet (--column LETTER=result).</translation>
    </message>
    <message>
        <source>Chưa có cột mã ống, số giấy tờ hay họ tên để biết kết quả của ai.</source>
        <translation>No tube code, document number or name column to tell whose result it is.</translation>
    </message>
    <message>
        <source>Tệp chỉ có dòng tiêu đề, không có kết quả nào.</source>
        <translation>The file has only its header row, no results.</translation>
    </message>
    <message>
        <source>kết quả «{text}» không đọc được (dùng: {words})</source>
        <translation>result «{text}» cannot be read (use: {words})</translation>
    </message>
    <message>
        <source>ngày «{text}» không đọc được</source>
        <translation>date «{text}» cannot be read</translation>
    </message>
    <message>
        <source>ngày {on:%d/%m/%Y} ở tương lai</source>
        <translation>date {on:%d/%m/%Y} is in the future</translation>
    </message>
    <message>
        <source>giá trị Ct «{text}» không phải là số</source>
        <translation>Ct value «{text}» is not a number</translation>
    </message>
    <message>
        <source>giá trị Ct {ct:g} ngoài khoảng 0–60</source>
        <translation>Ct value {ct:g} is outside 0–60</translation>
    </message>
    <message>
        <source>năm sinh «{text}» không đọc được</source>
        <translation>birth year «{text}» cannot be read</translation>
    </message>
    <message>
        <source>thiếu kết quả</source>
        <translation>no result</translation>
    </message>
    <message>
        <source>không có mã ống, số giấy tờ hay họ tên</source>
        <translation>no tube code, document number or name</translation>
    </message>
    <message>
        <source>Bảng tính (*.xlsx *.xlsm *.xls *.ods *.csv);;Mọi tệp (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Kéo thả tệp danh sách (.xlsx, .xlsm, .xls, .ods, .csv) vào đây</source>
        <translation>Drop an arrival list (.xlsx, .xlsm, .xls, .ods, .csv) here</translation>
    </message>
    <message>
        <source>Đợt đến</source>
        <translation>Arrival batch</translation>
    </message>
    <message>
        <source>Nơi cách ly</source>
        <translation>Quarantined at</translation>
    </message>
    <message>
        <source>Làm lại từ đầu</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Tiếp &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Chọn tệp danh sách người đến do hãng bay, sân bay, biên phòng, công an hoặc phường xã gửi. Chương trình tự tìm trang tính và dòng tiêu đề; bạn sẽ xem lại trước khi ghi.</source>
        <translation>Choose the list of arrivals sent by the airline, the airport, the border guard, the police or the ward office. The program finds the sheet and the header row itself; you review everything before it is saved.</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Trang tính:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Dòng tiêu đề:</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <source>Đọc lại tiêu đề</source>
        <translation>Read the header again</translation>
    </message>
    <message>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Tiêu đề trong tệp</source>
        <translation>Header in the file</translation>
    </message>
    <message>
        <source>Ví dụ</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Dùng làm</source>
        <translation>Use as</translation>
    </message>
    <message>
        <source>Mọi dòng</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Chỉ dòng lỗi</source>
        <translation>Rows with errors only</translation>
    </message>
    <message>
        <source>Chỉ dòng có cảnh báo</source>
        <translation>Rows with warnings only</translation>
    </message>
    <message>
        <source>Lưu các dòng lỗi ra Excel…</source>
        <translation>Save the rows with errors to Excel…</translation>
    </message>
    <message>
        <source>Những dòng đang chọn là một gia đình, ở cùng nhau</source>
        <translation>The rows selected are one family and stay together</translation>
    </message>
    <message>
        <source>Những dòng đang chọn được xếp như người đi một mình</source>
        <translation>The rows selected are placed as people travelling alone</translation>
    </message>
    <message>
        <source>Hiện:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Những dòng dưới đây có thể là người đã có. Quyết định cho cả tệp một lần, hoặc sửa từng dòng ở cột «Quyết định». Cùng số giấy tờ là cùng một người: chỉ có thể bỏ qua hoặc gộp.</source>
        <translation>The rows below may be people already known. Decide once for the whole file, or change single rows in the «Decision» column. The same document number means the same person: such rows can only be skipped or merged.</translation>
    </message>
    <message>
        <source>Bỏ qua tất cả</source>
        <translation>Skip all</translation>
    </message>
    <message>
        <source>Gộp tất cả vào người đã có</source>
        <translation>Merge all into the existing people</translation>
    </message>
    <message>
        <source>Thêm mới tất cả (trừ trùng số giấy tờ)</source>
        <translation>Add all as new (except same document number)</translation>
    </message>
    <message>
        <source>Dòng {row} của tệp này</source>
        <translation>Row {row} of this file</translation>
    </message>
    <message>
        <source>Trong tệp: dòng {row}</source>
        <translation>In the file: row {row}</translation>
    </message>
    <message>
        <source>Số {id}: {ref} ngày {value}</source>
        <translation>No. {id}: {ref} on {value}</translation>
    </message>
    <message>
        <source>Không thuộc đợt nào</source>
        <translation>In no batch</translation>
    </message>
    <message>
        <source>{facility}, phòng {room}</source>
        <translation>{facility}, room {room}</translation>
    </message>
    <message>
        <source>, từ {value}</source>
        <translation>, since {value}</translation>
    </message>
    <message>
        <source>Đã có: {name} (số {id})</source>
        <translation>Known: {name} (no. {id})</translation>
    </message>
    <message>
        <source>Đợt của tệp này</source>
        <translation>This file&apos;s batch</translation>
    </message>
    <message>
        <source>Chưa vào cơ sở</source>
        <translation>Not admitted yet</translation>
    </message>
    <message>
        <source>Vào đợt đã có:</source>
        <translation>Into an existing batch:</translation>
    </message>
    <message>
        <source>Còn {n} dòng chưa quyết định (tô vàng, tên hoặc ngày sinh khác người đã có): xem hai bản ghi bên dưới rồi chọn ở cột «Quyết định».</source>
        <translation>{n} rows are not decided yet (in yellow: the name or the birth differs from the known person): compare the two records below, then choose in the «Decision» column.</translation>
    </message>
    <message>
        <source>Đọc {rows} dòng từ trang «{sheet_name}»: {valid} dòng hợp lệ, {errors} dòng lỗi (tô đỏ, sẽ không nhập; bấm đúp vào ô để sửa), {warnings} dòng có cảnh báo (tô vàng), {duplicates} dòng có thể trùng.</source>
        <translation>Read {rows} rows from sheet «{sheet_name}»: {valid} valid, {errors} with errors (in red, not imported; double-click a cell to correct it), {warnings} with warnings (in yellow), {duplicates} possible duplicates.</translation>
    </message>
    <message>
        <source>VD: VN5087</source>
        <translation>e.g. VN5087</translation>
    </message>
    <message>
        <source>VD: Brunei</source>
        <translation>e.g. Brunei</translation>
    </message>
    <message>
        <source>Đơn vị phát hiện (với người nhập cảnh trái phép)</source>
        <translation>Detecting unit (for illegal entry)</translation>
    </message>
    <message>
        <source>Loại đợt đến:</source>
        <translation>Arrival kind:</translation>
    </message>
    <message>
        <source>Số hiệu chuyến bay / mã đợt:</source>
        <translation>Flight number / batch code:</translation>
    </message>
    <message>
        <source>Nơi đi:</source>
        <translation>Origin:</translation>
    </message>
    <message>
        <source>Cửa khẩu, sân bay nhập cảnh:</source>
        <translation>Border gate or airport of entry:</translation>
    </message>
    <message>
        <source>Ngày đến:</source>
        <translation>Arrival date:</translation>
    </message>
    <message>
        <source>Đơn vị phát hiện:</source>
        <translation>Detecting unit:</translation>
    </message>
    <message>
        <source>Nhập tệp khác</source>
        <translation>Import another file</translation>
    </message>
    <message>
        <source>Bố trí chỗ ở ngay</source>
        <translation>Allocate beds now</translation>
    </message>
    <message>
        <source>Nhập danh sách – bước {number}/6: {title}</source>
        <translation>Import list – step {number}/6: {title}</translation>
    </message>
    <message>
        <source>Nhập vào cơ sở dữ liệu</source>
        <translation>Import into the database</translation>
    </message>
    <message>
        <source>Không có dòng hợp lệ nào để nhập. Hãy lưu các dòng lỗi và gửi lại cho nơi lập danh sách.</source>
        <translation>No valid row to import. Save the rows with errors and send them back to whoever made the list.</translation>
    </message>
    <message>
        <source>Đã hủy; không có gì được ghi.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Chọn tệp danh sách</source>
        <translation>Choose an arrival list</translation>
    </message>
    <message>
        <source>Đang đọc tệp</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <source>Chọn dòng tiêu đề, rồi chọn ở cột «Dùng làm» cột nào là họ tên (và các cột khác nếu có).</source>
        <translation>Choose the header row, then say under «Use as» which column is the full name (and the other columns if any).</translation>
    </message>
    <message>
        <source>Dùng cách ghép cột đã xác nhận trước đây cho tệp có cùng tiêu đề.</source>
        <translation>Using the column matching confirmed before for files with the same headers.</translation>
    </message>
    <message>
        <source>Kiểm tra cột «Dùng làm»; cột không nhận ra được giữ làm thông tin thêm.</source>
        <translation>Check the «Use as» column; unrecognised columns are kept as extra data.</translation>
    </message>
    <message>
        <source>Đang kiểm tra</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>
Tệp này đã được nhập vào đợt số {batch_id} (ngày đến {when:%d/%m/%Y}); nhập lại sẽ không thêm ai.</source>
        <translation>
This file was already imported into batch number {batch_id} (arrival {when:%d/%m/%Y}); importing it again adds nobody.</translation>
    </message>
    <message>
        <source>
{n} người trong tệp đã được nhập vào đợt số {batch_id}: tệp này là danh sách của đợt đó (đã sửa hoặc bổ sung). Những dòng đó sẽ được bỏ qua; người còn lại được thêm vào đợt số {batch_id}.</source>
        <translation>
{n} people of the file were already imported into batch {batch_id}: this file is that batch&apos;s list (corrected or completed). Those rows are skipped; the others are added to batch {batch_id}.</translation>
    </message>
    <message>
        <source>Dòng {row}: vẫn còn lỗi – {errors}</source>
        <translation>Row {row}: still wrong – {errors}</translation>
    </message>
    <message>
        <source>Dòng {row}: hợp lệ, sẽ được nhập khi bạn bấm Enter.</source>
        <translation>Row {row}: valid, imported once you press Enter.</translation>
    </message>
    <message>
        <source>Dòng {row} đã sửa: sẽ được nhập.</source>
        <translation>Row {row} corrected: it will be imported.</translation>
    </message>
    <message>
        <source>Lưu các dòng lỗi</source>
        <translation>Save the rows with errors</translation>
    </message>
    <message>
        <source>Ổ đĩa chứa {path} đã đầy; không có gì được ghi. Hãy giải phóng chỗ trống rồi thử lại.</source>
        <translation>The disk holding {path} is full; nothing was written. Free some space and try again.</translation>
    </message>
    <message>
        <source>Không được phép ghi {path}: tệp hoặc thư mục chỉ cho đọc, hoặc tệp đang mở trong chương trình khác. Hãy đóng tệp hoặc chọn nơi khác.</source>
        <translation>Not allowed to write {path}: the file or folder is read-only, or the file is open in another program. Close the file or choose another place.</translation>
    </message>
    <message>
        <source>{path} là một thư mục; hãy chọn tên tệp.</source>
        <translation>{path} is a folder; choose a file name.</translation>
    </message>
    <message>
        <source>Không ghi được {path}: {strerror}.</source>
        <translation>Could not write {path}: {strerror}.</translation>
    </message>
    <message>
        <source>{path} là tệp của chính chương trình (cơ sở dữ liệu, bản sao lưu, khóa hoặc nhật ký của nó); không ghi đè. Hãy chọn tên hoặc thư mục khác.</source>
        <translation>{path} is one of the program&apos;s own files (its database, backups, keys or trail); it is not replaced. Choose another name or folder.</translation>
    </message>
    <message>
        <source>{path} là một tệp cơ sở dữ liệu; không ghi đè. Hãy chọn tên khác.</source>
        <translation>{path} is a database file; it is not replaced. Choose another name.</translation>
    </message>
    <message>
        <source>Tệp {path} đã có; không ghi đè. Hãy chọn tên khác, hoặc thêm --force để ghi đè.</source>
        <translation>The file {path} already exists; it is not replaced. Choose another name, or add --force to replace it.</translation>
    </message>
    <message>
        <source>Đã lưu {count} dòng lỗi vào {path}</source>
        <translation>Rows with errors saved: {count}, in {path}</translation>
    </message>
    <message>
        <source>Tiêu đề trong tệp: «{title}»</source>
        <translation>Title in the file: «{title}»</translation>
    </message>
    <message>
        <source>Tệp không có dòng tiêu đề mô tả đợt đến; hãy điền bên dưới.</source>
        <translation>The file has no title row describing the arrival; please fill in below.</translation>
    </message>
    <message>
        <source>Không – một đợt đến mới</source>
        <translation>No – a new arrival batch</translation>
    </message>
    <message>
        <source>Số {id}:{ref} ngày {value} – đợt của tệp này, đã có {n} người trong tệp</source>
        <translation>No. {id}:{ref} on {value} – this file&apos;s batch, {n} of its people already there</translation>
    </message>
    <message>
        <source>Số {id}:{ref} ngày {value}, dự kiến {expected} người</source>
        <translation>No. {id}:{ref} on {value}, expected people: {expected}</translation>
    </message>
    <message>
        <source>Ngày đến không thể ở tương lai.</source>
        <translation>The arrival date cannot be in the future.</translation>
    </message>
    <message>
        <source>Đang ghi</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>Tệp này đã được nhập vào đợt số {batch_id}; không thêm ai.</source>
        <translation>This file was already imported into batch number {batch_id}; nobody added.</translation>
    </message>
    <message>
        <source>Đã nhập {imported} người vào đợt số {batch_id}.</source>
        <translation>Imported {imported} people into batch number {batch_id}.</translation>
    </message>
    <message>
        <source>Gộp {merged} dòng vào người đã có.</source>
        <translation>Rows merged into existing people: {merged}.</translation>
    </message>
    <message>
        <source>Bỏ qua {duplicates} dòng trùng số giấy tờ.</source>
        <translation>Rows skipped for the same document number: {duplicates}.</translation>
    </message>
    <message>
        <source>Bỏ qua {skipped} dòng theo quyết định của bạn.</source>
        <translation>Rows skipped by your decision: {skipped}.</translation>
    </message>
    <message>
        <source>{error_rows} dòng lỗi không được nhập; hãy lưu chúng ra Excel để gửi lại cho nơi lập danh sách.</source>
        <translation>Rows with errors not imported: {error_rows}; save them to Excel to send back to whoever made the list.</translation>
    </message>
    <message>
        <source>Người cách ly</source>
        <translation>Quarantined people</translation>
    </message>
    <message>
        <source>Tìm theo tên (có dấu hay không dấu), số giấy tờ, điện thoại…</source>
        <translation>Search by name (with or without diacritics), document number, phone…</translation>
    </message>
    <message>
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Mọi ngày ra</source>
        <translation>Any release date</translation>
    </message>
    <message>
        <source>Ra hôm nay</source>
        <translation>Released today</translation>
    </message>
    <message>
        <source>Ra ngày mai</source>
        <translation>Released tomorrow</translation>
    </message>
    <message>
        <source>Quá ngày dự kiến</source>
        <translation>Past the planned date</translation>
    </message>
    <message>
        <source>Ra trong 7 ngày tới</source>
        <translation>Released within 7 days</translation>
    </message>
    <message>
        <source>Ngày ra:</source>
        <translation>Release date:</translation>
    </message>
    <message>
        <source>Mọi mức</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Tiếp xúc:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Nhận vào cơ sở…</source>
        <translation>Admit to a site…</translation>
    </message>
    <message>
        <source>Xét nghiệm…</source>
        <translation>Test…</translation>
    </message>
    <message>
        <source>Chuyển…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>Đổi ngày dự kiến…</source>
        <translation>Change planned date…</translation>
    </message>
    <message>
        <source>Cho về (hoàn thành cách ly)</source>
        <translation>Release (quarantine completed)</translation>
    </message>
    <message>
        <source>Báo bỏ trốn</source>
        <translation>Report absconding</translation>
    </message>
    <message>
        <source>Ca dương tính (F0)…</source>
        <translation>F0 case…</translation>
    </message>
    <message>
        <source>Người tiếp xúc gần, ngày mới của họ, chuyển viện và đóng phòng khử khuẩn</source>
        <translation>Close contacts and their new dates, transfer to hospital and closing the room for cleaning</translation>
    </message>
    <message>
        <source>Sửa thông tin…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <source>Người được bàn giao, tự đến khai báo, hoặc thêm vào danh sách tại cổng</source>
        <translation>People handed over, walking in, or added to a list at the gate</translation>
    </message>
    <message>
        <source>Mọi cơ sở</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>Mọi đợt</source>
        <translation>All batches</translation>
    </message>
    <message>
        <source>{n} người</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>Cho {n} người hoàn thành cách ly ngày {on:%d/%m/%Y} và cấp giấy xác nhận?</source>
        <translation>Release {n} people on {on:%d/%m/%Y} and issue their certificates?</translation>
    </message>
    <message>
        <source>Không cho về được {n} người:</source>
        <translation>{n} cannot be released:</translation>
    </message>
    <message>
        <source>Cho về {n} người</source>
        <translation>Release {n} people</translation>
    </message>
    <message>
        <source>Đã ghi nhận {full_name} bỏ trốn.</source>
        <translation>Recorded {full_name} as absconded.</translation>
    </message>
    <message>
        <source>Ghi nhận {full_name} đã bỏ trốn khỏi {facility}? Giường sẽ được trả lại.</source>
        <translation>Record that {full_name} absconded from {facility}? The bed will be freed.</translation>
    </message>
    <message>
        <source>Không ghi được</source>
        <translation>Could not record it</translation>
    </message>
    <message>
        <source>Còn nợ tiền ăn</source>
        <translation>Owes for meals</translation>
    </message>
    <message>
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Đến hạn ngày mai</source>
        <translation>Due tomorrow</translation>
    </message>
    <message>
        <source>Quá hạn, chưa cho về</source>
        <translation>Overdue, not yet released</translation>
    </message>
    <message>
        <source>Danh sách:</source>
        <translation>List:</translation>
    </message>
    <message>
        <source>Chọn tất cả</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Cho về những người đã chọn</source>
        <translation>Release the chosen people</translation>
    </message>
    <message>
        <source>Cho về dù chưa đủ xét nghiệm…</source>
        <translation>Release without the required tests…</translation>
    </message>
    <message>
        <source>Cần ghi lý do; lý do được lưu cùng lần cách ly</source>
        <translation>A reason is required; it is kept with the stay</translation>
    </message>
    <message>
        <source>In giấy xác nhận hôm nay</source>
        <translation>Print today&apos;s certificates</translation>
    </message>
    <message>
        <source>Chưa cho về</source>
        <translation>Not released</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Chọn người cần cho về trong danh sách.</source>
        <translation>Choose the people to release in the list.</translation>
    </message>
    <message>
        <source>Cho về khi chưa đủ xét nghiệm</source>
        <translation>Release without the required tests</translation>
    </message>
    <message>
        <source>Cho {n} người về dù chưa đủ xét nghiệm: {names}.</source>
        <translation>Release {n} people without all tests: {names}.</translation>
    </message>
    <message>
        <source>Lý do (VD: đã có kết quả âm tính của bệnh viện, chờ cập nhật):</source>
        <translation>Reason (e.g. the hospital&apos;s negative result is awaiting entry):</translation>
    </message>
    <message>
        <source>Đã cho về {n} người</source>
        <translation>Released: {n} people</translation>
    </message>
    <message>
        <source>Báo cáo, in ấn</source>
        <translation>Reports and printing</translation>
    </message>
    <message>
        <source>VD: 15/BC-BCH</source>
        <translation>e.g. 15/BC-BCH</translation>
    </message>
    <message>
        <source>Số tiếp theo trong sổ văn bản đi (in lại giữ số cũ); có thể sửa trước khi tạo văn bản</source>
        <translation>The next number in the register of outgoing papers (a reprint keeps its number); can be changed before the paper is made</translation>
    </message>
    <message>
        <source>Số tiền là số đồng, VD 1.120.000.</source>
        <translation>An amount in VND, e.g. 1.120.000.</translation>
    </message>
    <message>
        <source>Ghi khoản thu</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>Nộp tiền ăn: {name}</source>
        <translation>Meals payment: {name}</translation>
    </message>
    <message>
        <source>VD: 0001234</source>
        <translation>e.g. 0001234</translation>
    </message>
    <message>
        <source>Còn phải nộp: {amount} đồng.</source>
        <translation>Still due: {amount} VND.</translation>
    </message>
    <message>
        <source>Số tiền (đồng):</source>
        <translation>Amount (VND):</translation>
    </message>
    <message>
        <source>Ngày nộp:</source>
        <translation>Day paid:</translation>
    </message>
    <message>
        <source>Số biên lai:</source>
        <translation>Receipt number:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Ghi miễn</source>
        <translation>Record exemption</translation>
    </message>
    <message>
        <source>Miễn tiền ăn: {name}</source>
        <translation>Meals exemption: {name}</translation>
    </message>
    <message>
        <source>VD: Giấy chứng nhận hộ nghèo số 12/GCN-UBND</source>
        <translation>e.g. poor household certificate no. 12/GCN-UBND</translation>
    </message>
    <message>
        <source>Lý do miễn:</source>
        <translation>Why exempt:</translation>
    </message>
    <message>
        <source>Văn bản:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>Đặt mức thu</source>
        <translation>Set rate</translation>
    </message>
    <message>
        <source>Mức thu tiền ăn</source>
        <translation>Meals rate</translation>
    </message>
    <message>
        <source>Mọi loại cơ sở</source>
        <translation>Every kind of site</translation>
    </message>
    <message>
        <source>Văn bản quy định, VD Nghị quyết 16/NQ-CP</source>
        <translation>The document setting it, e.g. Resolution 16/NQ-CP</translation>
    </message>
    <message>
        <source>Loại cơ sở:</source>
        <translation>Kind of site:</translation>
    </message>
    <message>
        <source>Người cách ly trả (đồng/ngày):</source>
        <translation>Paid by the person (VND/day):</translation>
    </message>
    <message>
        <source>Nhà nước chi (đồng/ngày):</source>
        <translation>Paid by the state (VND/day):</translation>
    </message>
    <message>
        <source>Căn cứ:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>Suất ăn, chi phí</source>
        <translation>Meals and fees</translation>
    </message>
    <message>
        <source>Suất ăn ngày:</source>
        <translation>Meals on:</translation>
    </message>
    <message>
        <source>Chế độ ăn riêng</source>
        <translation>Special diets</translation>
    </message>
    <message>
        <source>Phải nộp</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Được miễn</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Đã nộp</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Còn lại</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Lưu bảng suất ăn (PDF)…</source>
        <translation>Save meals count (PDF)…</translation>
    </message>
    <message>
        <source>Ghi nộp tiền…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <source>Miễn tiền ăn…</source>
        <translation>Exempt from meals…</translation>
    </message>
    <message>
        <source>Lưu thông báo nộp tiền (PDF)…</source>
        <translation>Save notice to pay (PDF)…</translation>
    </message>
    <message>
        <source>Lưu biên lai (PDF)…</source>
        <translation>Save receipt (PDF)…</translation>
    </message>
    <message>
        <source>Biên lai của khoản nộp gần nhất của người đã chọn</source>
        <translation>The receipt of the chosen person&apos;s latest payment</translation>
    </message>
    <message>
        <source>Ngày {on:%d/%m/%Y}: {total} người ăn ({meals} suất){diets}; hoàn thành cách ly trong ngày {leaving} người (không tính); dự kiến tiếp nhận {arriving} người.</source>
        <translation>{on:%d/%m/%Y}: {total} people eat ({meals} meals){diets}; {leaving} complete their quarantine that day (not counted); {arriving} expected to arrive.</translation>
    </message>
    <message>
        <source>, ăn riêng: {diets}</source>
        <translation>, special diets: {diets}</translation>
    </message>
    <message>
        <source>Đã ghi khoản nộp của {name}.</source>
        <translation>Payment of {name} recorded.</translation>
    </message>
    <message>
        <source>Đã ghi miễn tiền ăn cho {name}.</source>
        <translation>Exemption of {name} recorded.</translation>
    </message>
    <message>
        <source>Lưu PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Đã lưu {path}: {what}</source>
        <translation>Saved {path}: {what}</translation>
    </message>
    <message>
        <source>Ca dương tính:</source>
        <translation>Positive case:</translation>
    </message>
    <message>
        <source>Đợt lấy mẫu:</source>
        <translation>Sampling round:</translation>
    </message>
    <message>
        <source>Số văn bản:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>Tạo văn bản</source>
        <translation>Make document</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Hủy in</source>
        <translation>Cancel printing</translation>
    </message>
    <message>
        <source>Danh sách đang cách ly, hoàn thành cách ly, hoặc toàn bộ người (theo cơ sở đã chọn)</source>
        <translation>People in quarantine, released, or everyone (for the chosen site)</translation>
    </message>
    <message>
        <source>Kiểm tra giấy xác nhận…</source>
        <translation>Check a release certificate…</translation>
    </message>
    <message>
        <source>Nhập hoặc quét mã QR in trên giấy xác nhận</source>
        <translation>Type or scan the QR code printed on the certificate</translation>
    </message>
    <message>
        <source>Sổ văn bản đi…</source>
        <translation>Outgoing papers…</translation>
    </message>
    <message>
        <source>Mọi văn bản đã in: số, ngày, trích yếu, người ký</source>
        <translation>Every paper printed: number, date, summary, signer</translation>
    </message>
    <message>
        <source>Tất cả các cơ sở</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>{full_name} (số {id})</source>
        <translation>{full_name} (no. {id})</translation>
    </message>
    <message>
        <source>Số {id}: {code}, {on:%d/%m/%Y} ({tubes} ống)</source>
        <translation>No. {id}: {code}, {on:%d/%m/%Y} ({tubes} tubes)</translation>
    </message>
    <message>
        <source>Chưa có tên người ký</source>
        <translation>No signer&apos;s name</translation>
    </message>
    <message>
        <source>Chưa đặt họ và tên người ký (Cài đặt › Cơ quan ban hành). Giấy in ra sẽ để trống tên dưới chữ ký. Vẫn tạo giấy?</source>
        <translation>The signer&apos;s name is not set (Settings › Issuing office). The certificates will have no name under the signature. Make them anyway?</translation>
    </message>
    <message>
        <source>Đang tạo văn bản…</source>
        <translation>Making the document…</translation>
    </message>
    <message>
        <source>{what} {pages} trang. Xem lại rồi in hoặc lưu.</source>
        <translation>{what} Pages: {pages}. Review, then print or save.</translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Đã xuất {value} ra {path}: {what}</source>
        <translation>Exported {value} to {path}: {what}</translation>
    </message>
    <message>
        <source>Kiểm tra giấy xác nhận</source>
        <translation>Check a release certificate</translation>
    </message>
    <message>
        <source>Giấy xác nhận thật</source>
        <translation>Genuine certificate</translation>
    </message>
    <message>
        <source>Đã hủy in.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <source>Đang in trang {done}/{total}…</source>
        <translation>Printing page {done}/{total}…</translation>
    </message>
    <message>
        <source>Không xác thực được</source>
        <translation>Could not verify</translation>
    </message>
    <message>
        <source>Quét mã QR của giấy (máy quét nhập thẳng vào đây), hoặc gõ số giấy và mã xác thực in trên giấy, cách nhau bởi dấu cách, VD 15/GXN-TD-932 HH4FODA4DBM4QL55:</source>
        <translation>Scan the certificate&apos;s QR code (a scanner types it in here), or type the number and the verification code printed on it, separated by a space, e.g. 15/GXN-TD-932 HH4FODA4DBM4QL55:</translation>
    </message>
    <message>
        <source>Lưu văn bản</source>
        <translation>Save document</translation>
    </message>
    <message>
        <source>Đã lưu {path}.</source>
        <translation>Saved {path}.</translation>
    </message>
    <message>
        <source>Không mở được máy in.</source>
        <translation>Could not open the printer.</translation>
    </message>
    <message>
        <source>Đang gửi đến máy in…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <source>Đã gửi {value} trang đến máy in.</source>
        <translation>Sent {value} pages to the printer.</translation>
    </message>
    <message>
        <source>Mọi người</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Đã tiêm đủ liều hoặc đã khỏi bệnh</source>
        <translation>Fully vaccinated or recovered</translation>
    </message>
    <message>
        <source>Đã tiêm đủ liều</source>
        <translation>Fully vaccinated</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Cơ quan ban hành và người ký (in trên giấy tờ)</source>
        <translation>Issuing office and signatory (printed on documents)</translation>
    </message>
    <message>
        <source>Lưu thông tin ban hành</source>
        <translation>Save issuing details</translation>
    </message>
    <message>
        <source>Vận hành</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện (máy này):</source>
        <translation>Interface language (this computer):</translation>
    </message>
    <message>
        <source>Quy định thời gian cách ly (theo ngày vào)</source>
        <translation>Quarantine duration rules (by admission date)</translation>
    </message>
    <message>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Số ngày</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Ngày xét nghiệm</source>
        <translation>Test days</translation>
    </message>
    <message>
        <source>VD: 1, 7, 14</source>
        <translation>e.g. 1, 7, 14</translation>
    </message>
    <message>
        <source>như số ngày cách ly</source>
        <translation>as the quarantine days</translation>
    </message>
    <message>
        <source>Người tiếp xúc gần ca dương tính cách ly lại từ ngày tiếp xúc cuối cùng</source>
        <translation>Close contacts of a positive case start their quarantine again from the last contact</translation>
    </message>
    <message>
        <source>Áp dụng từ ngày:</source>
        <translation>Applies from:</translation>
    </message>
    <message>
        <source>Nhóm:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Số ngày cách ly:</source>
        <translation>Quarantine days:</translation>
    </message>
    <message>
        <source>Xét nghiệm vào ngày thứ:</source>
        <translation>Test on days:</translation>
    </message>
    <message>
        <source>Theo dõi tại nhà (ngày):</source>
        <translation>Home monitoring (days):</translation>
    </message>
    <message>
        <source>Người tiếp xúc gần (ngày):</source>
        <translation>Close contacts (days):</translation>
    </message>
    <message>
        <source>Căn cứ, ghi chú:</source>
        <translation>Basis, note:</translation>
    </message>
    <message>
        <source>Thêm quy định</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <source>Mức thu tiền ăn (Nghị quyết 16/NQ-CP)</source>
        <translation>Meals rates (Resolution 16/NQ-CP)</translation>
    </message>
    <message>
        <source>Đặt mức thu…</source>
        <translation>Set rate…</translation>
    </message>
    <message>
        <source>Đã lưu; giấy tờ in từ nay dùng thông tin mới.</source>
        <translation>Saved; documents printed from now on use the new details.</translation>
    </message>
    <message>
        <source>Đã lưu; thời gian tự khóa áp dụng từ lần đăng nhập sau.</source>
        <translation>Saved; the lock time applies from the next sign-in.</translation>
    </message>
    <message>
        <source>Đã thêm; người vào cách ly từ ngày đó theo quy định mới.</source>
        <translation>Added; people admitted from that date follow the new rule.</translation>
    </message>
    <message>
        <source>Đã đặt mức thu; hóa đơn tính lại theo mức mới.</source>
        <translation>Rate set; bills are counted again at the new rate.</translation>
    </message>
    <message>
        <source>{day:%d/%m}: {free} giường trống</source>
        <translation>{day:%d/%m}: {free} beds free</translation>
    </message>
    <message>
        <source>, {arriving} người sắp đến</source>
        <translation>, {arriving} people arriving</translation>
    </message>
    <message>
        <source>Lỗi không lường trước; không có gì được ghi. Chi tiết trong thư mục nhật ký: {value}</source>
        <translation>Unexpected error; nothing was written. Details in the log folder: {value}</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện ở máy này (giấy tờ in ra luôn bằng tiếng Việt)</source>
        <translation>Interface language on this computer (printed documents are always in Vietnamese)</translation>
    </message>
    <message>
        <source>quan hệ «{relation}» nhưng không có «Chủ hộ» ở các dòng trên; hãy ghép hộ khi xem trước</source>
        <translation>relation «{relation}» but no «Chủ hộ» (head of household) in the rows above; join the household in the preview</translation>
    </message>
    <message>
        <source>{full_name} đang ở chung phòng {room} với người khác giới trong hộ; hãy chuyển phòng trước khi tách khỏi hộ.</source>
        <translation>{full_name} shares room {room} with household members of the other sex; move them to another room before taking them out of the household.</translation>
    </message>
    <message>
        <source>Cần ít nhất hai người để lập một hộ gia đình.</source>
        <translation>A household needs at least two people.</translation>
    </message>
    <message>
        <source>{full_name} không thuộc hộ gia đình nào.</source>
        <translation>{full_name} is in no household.</translation>
    </message>
    <message>
        <source>Ghi nhận</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Ca dương tính: {full_name}</source>
        <translation>Positive case: {full_name}</translation>
    </message>
    <message>
        <source>Chuyển ca bệnh đến bệnh viện:</source>
        <translation>Send the case to hospital:</translation>
    </message>
    <message>
        <source>In báo cáo gửi Ban Chỉ đạo sau khi ghi</source>
        <translation>Print the report for the steering committee afterwards</translation>
    </message>
    <message>
        <source>Tiếp xúc cuối</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Dự kiến ra (trước)</source>
        <translation>Planned release (before)</translation>
    </message>
    <message>
        <source>Dự kiến ra (mới)</source>
        <translation>Planned release (new)</translation>
    </message>
    <message>
        <source>Ngày phát hiện:</source>
        <translation>Day found:</translation>
    </message>
    <message>
        <source>Người tiếp xúc gần:</source>
        <translation>Close contacts:</translation>
    </message>
    <message>
        <source> Phòng {room} đóng để khử khuẩn đến hết ngày {value}.</source>
        <translation> Room {room} is closed for cleaning through {value}.</translation>
    </message>
    <message>
        <source>{n} người tiếp xúc gần (F1) được tính lại thời gian cách ly và xét nghiệm từ ngày tiếp xúc cuối cùng.</source>
        <translation>Close contacts (F1): {n}; their quarantine and tests count again from the last contact.</translation>
    </message>
    <message>
        <source>Ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Không giữ giường</source>
        <translation>Hold no beds</translation>
    </message>
    <message>
        <source>Số người dự kiến:</source>
        <translation>Expected people:</translation>
    </message>
    <message>
        <source>Giữ giường tại:</source>
        <translation>Hold beds at:</translation>
    </message>
    <message>
        <source>Số giường giữ:</source>
        <translation>Beds held:</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Biên bản</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Số văn bản không được để trống.</source>
        <translation>The document number cannot be empty.</translation>
    </message>
    <message>
        <source>Số văn bản dài quá {n} ký tự hoặc có ký tự lạ.</source>
        <translation>The document number is longer than {n} characters or holds unusual characters.</translation>
    </message>
    <message>
        <source>Số {number} đã cấp cho văn bản khác trong năm {year}.</source>
        <translation>Number {number} was already given to another paper in {year}.</translation>
    </message>
    <message>
        <source>Ngày hoặc năm sinh</source>
        <translation>Birth date or year</translation>
    </message>
    <message>
        <source>Tuổi (ước tính)</source>
        <translation>Age (approximate)</translation>
    </message>
    <message>
        <source>Số giấy tờ</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Nơi đi</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Mô tả (khi không rõ tên)</source>
        <translation>Description (name unknown)</translation>
    </message>
    <message>
        <source>Là người đã có (số)</source>
        <translation>Is known person (no.)</translation>
    </message>
    <message>
        <source>VD: Đồn Biên phòng Vĩnh Xương</source>
        <translation>e.g. Đồn Biên phòng Vĩnh Xương</translation>
    </message>
    <message>
        <source>VD: đường mòn, lối mở; đường biển</source>
        <translation>e.g. by trail or opening; by sea</translation>
    </message>
    <message>
        <source>Ngày giờ giao nhận:</source>
        <translation>Hand-over date and time:</translation>
    </message>
    <message>
        <source>Đơn vị phát hiện, bàn giao:</source>
        <translation>Unit that found them, handing over:</translation>
    </message>
    <message>
        <source>Nơi phát hiện:</source>
        <translation>Where found:</translation>
    </message>
    <message>
        <source>Đường đi:</source>
        <translation>Route:</translation>
    </message>
    <message>
        <source>Người bàn giao:</source>
        <translation>Handed over by:</translation>
    </message>
    <message>
        <source>Số hiệu chuyến, mã đợt:</source>
        <translation>Flight number, batch reference:</translation>
    </message>
    <message>
        <source>Thêm dòng</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <source>Những người này là một gia đình (ở cùng phòng)</source>
        <translation>These people are one family (one room)</translation>
    </message>
    <message>
        <source>Chưa đưa vào cơ sở (chờ bố trí)</source>
        <translation>Not admitted yet (waiting for a bed)</translation>
    </message>
    <message>
        <source>Tự xếp phòng theo quy tắc</source>
        <translation>Choose the room by the rules</translation>
    </message>
    <message>
        <source>Đưa vào cơ sở:</source>
        <translation>Admit to:</translation>
    </message>
    <message>
        <source>In biên bản giao nhận sau khi lưu</source>
        <translation>Print the hand-over record after saving</translation>
    </message>
    <message>
        <source>Có thể đã có trong cơ sở dữ liệu (bấm Lưu lần nữa nếu đúng là người mới; nếu là cùng người, ghi số của họ ở cột «Là người đã có»):</source>
        <translation>Possibly known already (press Save again if they are new; if it is the same person, write their number in «Is known person»):</translation>
    </message>
    <message>
        <source>– dòng {line}: {full_name} (số {id}), {why}. {history}</source>
        <translation>– line {line}: {full_name} (number {id}), {why}. {history}</translation>
    </message>
    <message>
        <source>Dòng {line}, {column}: {message}</source>
        <translation>Line {line}, {column}: {message}</translation>
    </message>
    <message>
        <source>Kiểm tra những người có thể trùng ở trên, rồi bấm Lưu lần nữa.</source>
        <translation>Check the possible matches above, then press Save again.</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu chưa có ai; cơ sở dữ liệu này đã có {count} người.</source>
        <translation>Demonstration data only goes into a database that holds nobody yet; this database holds {count} people.</translation>
    </message>
    <message>
        <source>Khóa phải gồm 64 chữ số thập lục phân (0–9, A–F), như khóa khôi phục đã in.</source>
        <translation>A key is 64 hexadecimal digits (0–9, A–F), as the printed recovery key.</translation>
    </message>
    <message>
        <source>khôi phục</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>mã hóa</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} đang được {op} bởi một tiến trình khác (số {pid}); không có gì được ghi. Hãy chờ việc đó xong rồi thử lại.</source>
        <translation>The database {path} is being {op} by another process (number {pid}); nothing was written. Wait until that is done, then try again.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu vẫn đang mở trên một bàn hoặc cửa sổ khác; hãy đóng chương trình ở đó rồi thử lại (không có gì thay đổi).</source>
        <translation>The database is still open on another desk or window; close the program there, then try again (nothing was changed).</translation>
    </message>
    <message>
        <source>Tệp {path} đã có. Ghi đè?</source>
        <translation>The file {path} already exists. Replace it?</translation>
    </message>
    <message>
        <source>«{text}» phải có dạng LETTER=FIELD, VD B=tube</source>
        <translation>«{text}» must be LETTER=FIELD, e.g. B=tube</translation>
    </message>
    <message>
        <source>đợt lấy mẫu xét nghiệm (gộp mẫu)</source>
        <translation>sampling rounds (pooled samples)</translation>
    </message>
    <message>
        <source>lập và lưu đợt lấy mẫu của một cơ sở trong ngày</source>
        <translation>plan and save a site&apos;s sampling round of a day</translation>
    </message>
    <message>
        <source>ngày lấy mẫu (mặc định: hôm nay)</source>
        <translation>sampling date (default: today)</translation>
    </message>
    <message>
        <source>số mẫu tối đa một ống (mặc định: theo cài đặt, 5)</source>
        <translation>most samples a tube (default: the setting, 5)</translation>
    </message>
    <message>
        <source>gộp mẫu cùng phòng (room) hoặc cùng hộ gia đình (household)</source>
        <translation>pool samples of one room (room) or one family (household)</translation>
    </message>
    <message>
        <source>những người lấy mẫu đơn (kể cả khi chưa đến lịch)</source>
        <translation>people sampled alone (even when not yet due)</translation>
    </message>
    <message>
        <source>chỉ xem, không lưu</source>
        <translation>preview only, save nothing</translation>
    </message>
    <message>
        <source>các đợt lấy mẫu</source>
        <translation>the sampling rounds</translation>
    </message>
    <message>
        <source>kết quả xét nghiệm từ phòng xét nghiệm</source>
        <translation>test results from the lab</translation>
    </message>
    <message>
        <source>ghi kết quả từ tệp Excel của phòng xét nghiệm</source>
        <translation>record the results of the lab&apos;s Excel file</translation>
    </message>
    <message>
        <source>chỉ nhận kết quả của đợt lấy mẫu này</source>
        <translation>accept results of this sampling round only</translation>
    </message>
    <message>
        <source>cột LETTER dùng làm FIELD: tube, result, date, ct, full_name, birth_year, document</source>
        <translation>column LETTER holds FIELD: tube, result, date, ct, full_name, birth_year, document</translation>
    </message>
    <message>
        <source>chỉ xem, không ghi</source>
        <translation>preview only, record nothing</translation>
    </message>
    <message>
        <source>Đã lưu đợt lấy mẫu số {round_id}</source>
        <translation>Sampling round {round_id} saved</translation>
    </message>
    <message>
        <source>Xem trước (chưa lưu)</source>
        <translation>Preview (not saved)</translation>
    </message>
    <message>
        <source>{head}: {facility} ngày {on:%d/%m/%Y}, {people} người trong {tubes} ống ({pools} ống gộp, {single} ống đơn).</source>
        <translation>{head}: {facility} on {on:%d/%m/%Y}, {people} people in {tubes} tubes ({pools} pooled, {single} single).</translation>
    </message>
    <message>
        <source>Mã ống</source>
        <translation>Tube code</translation>
    </message>
    <message>
        <source>Lấy riêng vì</source>
        <translation>Alone because</translation>
    </message>
    <message>
        <source>Đợt</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Số ống</source>
        <translation>Tubes</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Ống chờ kết quả</source>
        <translation>Tubes awaiting results</translation>
    </message>
    <message>
        <source>{verb}: {recorded} kết quả; ống gộp âm tính {negative}, ống gộp dương tính {positive}; {retest} người cần xét nghiệm lại riêng; {cases} người dương tính; {errors} dòng lỗi.</source>
        <translation>{verb}: {recorded} results; pools negative {negative}, pools positive {positive}; {retest} people to retest individually; {cases} people positive; {errors} rows in error.</translation>
    </message>
    <message>
        <source>  Lỗi dòng {row}: {message}</source>
        <translation>  Error in row {row}: {message}</translation>
    </message>
    <message>
        <source>Cần xét nghiệm lại riêng ngay (người số): {ids}</source>
        <translation>To retest individually at once (person ids): {ids}</translation>
    </message>
    <message>
        <source>Người số {id}: {message}</source>
        <translation>Person {id}: {message}</translation>
    </message>
    <message>
        <source>Người số {id} dương tính: ghi cách ly lại những người tiếp xúc gần bằng «exposure {id} --apply».</source>
        <translation>Person {id} is positive: record the close contacts&apos; new quarantine with «exposure {id} --apply».</translation>
    </message>
    <message>
        <source>lấy mẫu đơn theo yêu cầu</source>
        <translation>sampled alone as asked</translation>
    </message>
    <message>
        <source>F0</source>
        <translation>F0</translation>
    </message>
    <message>
        <source>F1 (tiếp xúc gần)</source>
        <translation>F1 (close contact)</translation>
    </message>
    <message>
        <source>xét nghiệm lại sau mẫu gộp dương tính</source>
        <translation>retest after a positive pool</translation>
    </message>
    <message>
        <source>xét nghiệm lại sau kết quả nghi ngờ</source>
        <translation>retest after an inconclusive result</translation>
    </message>
    <message>
        <source>sốt</source>
        <translation>fever</translation>
    </message>
    <message>
        <source>có triệu chứng</source>
        <translation>symptoms</translation>
    </message>
    <message>
        <source>Gộp mẫu theo «room» (phòng) hoặc «household» (hộ gia đình).</source>
        <translation>Pool samples by «room» or «household».</translation>
    </message>
    <message>
        <source>Ngày lấy mẫu không thể ở tương lai.</source>
        <translation>The sampling date cannot be in the future.</translation>
    </message>
    <message>
        <source>Số mẫu gộp trong một ống từ 1 đến {limit} (Quyết định 3486/QĐ-BYT).</source>
        <translation>A tube pools 1 to {limit} samples (Decision 3486/QĐ-BYT).</translation>
    </message>
    <message>
        <source>Ngày {on:%d/%m/%Y} không có ai ở {code} cần lấy mẫu xét nghiệm.</source>
        <translation>Nobody at {code} is due a test on {on:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>Hộ nghèo</source>
        <translation>Poor household</translation>
    </message>
    <message>
        <source>Hộ cận nghèo</source>
        <translation>Near-poor household</translation>
    </message>
    <message>
        <source>Trẻ em</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Vào cách ly trước ngày áp dụng mức thu</source>
        <translation>Entered before the rate applied</translation>
    </message>
    <message>
        <source>Theo quyết định miễn, giảm</source>
        <translation>By a decision to exempt</translation>
    </message>
    <message>
        <source>16/NQ-CP 8/2/2021: người cách ly trả tiền ăn 80.000 đồng/ngày; nhà nước chi 40.000 đồng/ngày sinh hoạt phí</source>
        <translation>16/NQ-CP 8/2/2021: the person pays 80.000 VND a day for meals; the state pays 40.000 VND a day of essentials</translation>
    </message>
    <message>
        <source>16/NQ-CP 8/2/2021: khách sạn thu theo giá riêng của cơ sở, không theo mức này</source>
        <translation>16/NQ-CP 8/2/2021: hotels bill their own rates, not this one</translation>
    </message>
    <message>
        <source>vào cách ly ngày {on:%d/%m/%Y}, trước ngày áp dụng mức thu</source>
        <translation>entered quarantine on {on:%d/%m/%Y}, before the rate applied</translation>
    </message>
    <message>
        <source>dưới {n} tuổi khi vào cách ly</source>
        <translation>under {n} on entering quarantine</translation>
    </message>
    <message>
        <source>Loại cơ sở «{kind}» không có; chọn: {allowed}.</source>
        <translation>There is no kind of site «{kind}»; choose: {allowed}.</translation>
    </message>
    <message>
        <source>Mức thu là số đồng một ngày, từ 0 đến 10.000.000.</source>
        <translation>A rate is VND a day, from 0 to 10.000.000.</translation>
    </message>
    <message>
        <source>Số tiền phải là số nguyên dương (đồng).</source>
        <translation>The amount must be a positive whole number (VND).</translation>
    </message>
    <message>
        <source>Ngày nộp tiền không thể ở tương lai.</source>
        <translation>The day paid cannot be in the future.</translation>
    </message>
    <message>
        <source>Biên lai số {receipt} đã ghi cho {name}: {amount} đồng ngày {on:%d/%m/%Y}.</source>
        <translation>Receipt {receipt} is recorded for {name}: {amount} VND on {on:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>Ghi lý do hủy khoản thu.</source>
        <translation>Write why the payment is undone.</translation>
    </message>
    <message>
        <source>Không có khoản thu số {id}.</source>
        <translation>There is no payment {id}.</translation>
    </message>
    <message>
        <source>Loại miễn «{kind}» không có; chọn: {allowed}.</source>
        <translation>There is no exemption «{kind}»; choose: {allowed}.</translation>
    </message>
    <message>
        <source>Ghi văn bản cho miễn (số, ngày, cơ quan cấp).</source>
        <translation>Write the paper granting it (number, date, issuer).</translation>
    </message>
    <message>
        <source>Khoảng ngày từ {first:%d/%m/%Y} đến {last:%d/%m/%Y} không hợp lệ (tối đa một năm).</source>
        <translation>The days from {first:%d/%m/%Y} to {last:%d/%m/%Y} are not valid (a year at most).</translation>
    </message>
    <message>
        <source>Số biên lai không được để trống, tối đa {n} ký tự.</source>
        <translation>The receipt number cannot be empty, {n} characters at most.</translation>
    </message>
    <message>
        <source>Người số {ids} không đang cách ly ở {code} ngày {on:%d/%m/%Y}.</source>
        <translation>Person {ids} is not in quarantine at {code} on {on:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>Người số {ids} đã có mẫu trong một đợt lấy mẫu ngày {on:%d/%m/%Y}.</source>
        <translation>Person {ids} already gave a sample in a sampling round on {on:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>Người số {ids} không còn cách ly ở {code}; hãy lập lại kế hoạch.</source>
        <translation>Person {ids} is no longer in quarantine at {code}; plan again.</translation>
    </message>
    <message>
        <source>Người số {ids} đã có mẫu trong một đợt lấy mẫu ngày {on:%d/%m/%Y} (có thể một bàn khác vừa lưu); hãy lập lại kế hoạch.</source>
        <translation>Person {ids} already gave a sample in a sampling round on {on:%d/%m/%Y} (another desk may have just saved one); plan again.</translation>
    </message>
    <message>
        <source>Không có đợt lấy mẫu số {id}.</source>
        <translation>There is no sampling round {id}.</translation>
    </message>
    <message>
        <source>Đợt lấy mẫu số {id} là của cơ sở {code}.</source>
        <translation>Sampling round {id} belongs to facility {code}.</translation>
    </message>
    <message>
        <source>Ống {code} không có mẫu nào.</source>
        <translation>Tube {code} holds no sample.</translation>
    </message>
    <message>
        <source>Ống {code} có {n} mẫu, quá {size} mẫu một ống.</source>
        <translation>Tube {code} holds {n} samples, more than {size} a tube.</translation>
    </message>
    <message>
        <source>Ống {code} gộp mẫu của nhiều phòng hoặc nhiều hộ.</source>
        <translation>Tube {code} pools samples of several rooms or households.</translation>
    </message>
    <message>
        <source>Ống {code}: mẫu của người phải lấy riêng không được gộp.</source>
        <translation>Tube {code}: a sample that must be taken alone cannot be pooled.</translation>
    </message>
    <message>
        <source>Người số {id} có hai mẫu trong đợt.</source>
        <translation>Person {id} has two samples in the round.</translation>
    </message>
    <message>
        <source>Kế hoạch không có ai.</source>
        <translation>The plan has nobody.</translation>
    </message>
    <message>
        <source>không có ống mẫu mã {code}</source>
        <translation>there is no tube {code}</translation>
    </message>
    <message>
        <source>ống {code} thuộc cơ sở không được giao cho tài khoản này</source>
        <translation>tube {code} belongs to a facility not given to this account</translation>
    </message>
    <message>
        <source>ống {code} thuộc đợt lấy mẫu số {other}, không phải đợt số {round}</source>
        <translation>tube {code} belongs to sampling round {other}, not round {round}</translation>
    </message>
    <message>
        <source>ngày {on:%d/%m/%Y} trước ngày lấy mẫu {taken:%d/%m/%Y}</source>
        <translation>date {on:%d/%m/%Y} is before the sampling date {taken:%d/%m/%Y}</translation>
    </message>
    <message>
        <source>ống {code} đã có kết quả «{given}»</source>
        <translation>tube {code} already has the result «{given}»</translation>
    </message>
    <message>
        <source>không có ai mang số giấy tờ {doc}</source>
        <translation>nobody has document number {doc}</translation>
    </message>
    <message>
        <source>chỉ có họ tên: cần thêm năm sinh hoặc số giấy tờ</source>
        <translation>a name alone: a birth year or document number is needed too</translation>
    </message>
    <message>
        <source>không có ai đang cách ly tên {name}, sinh năm {year}</source>
        <translation>nobody in quarantine is named {name}, born {year}</translation>
    </message>
    <message>
        <source>có {n} người tên {name}, sinh năm {year}: cần số giấy tờ</source>
        <translation>{n} people are named {name}, born {year}: a document number is needed</translation>
    </message>
    <message>
        <source>{name} không có mẫu trong đợt lấy mẫu số {round}</source>
        <translation>{name} gave no sample in sampling round {round}</translation>
    </message>
    <message>
        <source>{name} không có mẫu đang chờ kết quả: cần ngày xét nghiệm</source>
        <translation>{name} has no sample awaiting a result: the test date is needed</translation>
    </message>
    <message>
        <source>{name} không ở cơ sở được giao cho tài khoản này</source>
        <translation>{name} is not at a facility given to this account</translation>
    </message>
    <message>
        <source>{name} đã có kết quả xét nghiệm khác ngày {on:%d/%m/%Y}</source>
        <translation>{name} already has another test result on {on:%d/%m/%Y}</translation>
    </message>
    <message>
        <source>Bảng tính (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv)</translation>
    </message>
    <message>
        <source>Ghi kết quả</source>
        <translation>Record results</translation>
    </message>
    <message>
        <source>Kết quả xét nghiệm từ phòng xét nghiệm</source>
        <translation>Test results from the lab</translation>
    </message>
    <message>
        <source>Ống mẫu / người</source>
        <translation>Tube / person</translation>
    </message>
    <message>
        <source>Sẽ ghi</source>
        <translation>Will record</translation>
    </message>
    <message>
        <source>Lỗi: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>{result} cho {n} người</source>
        <translation>{result} for {n} people</translation>
    </message>
    <message>
        <source>Không có gì mới</source>
        <translation>Nothing new</translation>
    </message>
    <message>
        <source>{recorded} kết quả sẽ được ghi; ống gộp dương tính: {positive}; cần xét nghiệm lại riêng: {retest} người; dương tính: {cases} người; dòng lỗi: {errors} (không ghi).</source>
        <translation>{recorded} results will be recorded; positive pools: {positive}; to retest individually: {retest} people; positive: {cases} people; rows in error: {errors} (not recorded).</translation>
    </message>
    <message>
        <source>Lấy mẫu xét nghiệm</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <source>cùng phòng</source>
        <translation>by room</translation>
    </message>
    <message>
        <source>cùng hộ gia đình</source>
        <translation>by household</translation>
    </message>
    <message>
        <source>Lập kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Tối đa mẫu một ống:</source>
        <translation>Most samples a tube:</translation>
    </message>
    <message>
        <source>Gộp mẫu:</source>
        <translation>Pool samples:</translation>
    </message>
    <message>
        <source>Chuyển sang ống khác…</source>
        <translation>Move to another tube…</translation>
    </message>
    <message>
        <source>Tách ống</source>
        <translation>Split tube</translation>
    </message>
    <message>
        <source>Lưu đợt lấy mẫu</source>
        <translation>Save round</translation>
    </message>
    <message>
        <source>Các đợt lấy mẫu đã lưu</source>
        <translation>Saved sampling rounds</translation>
    </message>
    <message>
        <source>In danh sách gửi mẫu</source>
        <translation>Print list for the lab</translation>
    </message>
    <message>
        <source>In nhãn ống</source>
        <translation>Print tube labels</translation>
    </message>
    <message>
        <source>Nhập kết quả xét nghiệm…</source>
        <translation>Import lab results…</translation>
    </message>
    <message>
        <source>Cần lấy mẫu ngày {on:%d/%m/%Y}: {sites}.</source>
        <translation>Due a test on {on:%d/%m/%Y}: {sites}.</translation>
    </message>
    <message>
        <source>Ngày {on:%d/%m/%Y} không có ai cần lấy mẫu.</source>
        <translation>Nobody is due a test on {on:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>Cần xét nghiệm lại riêng ngay: {names}.</source>
        <translation>To retest individually at once: {names}.</translation>
    </message>
    <message>
        <source>{name} (phòng {room})</source>
        <translation>{name} (room {room})</translation>
    </message>
    <message>
        <source>Chưa có cơ sở cách ly nào.</source>
        <translation>There is no facility yet.</translation>
    </message>
    <message>
        <source>gộp {n} mẫu</source>
        <translation>{n} samples pooled</translation>
    </message>
    <message>
        <source>mẫu đơn: {reason}</source>
        <translation>single sample: {reason}</translation>
    </message>
    <message>
        <source>mẫu đơn</source>
        <translation>single sample</translation>
    </message>
    <message>
        <source>Kế hoạch (chưa lưu): {people} người trong {tubes} ống ({pools} ống gộp, {single} ống đơn). Chuyển hoặc tách ống nếu cần, rồi bấm «Lưu đợt lấy mẫu».</source>
        <translation>Plan (not saved): {people} people in {tubes} tubes ({pools} pooled, {single} single). Move or split tubes if needed, then press «Save round».</translation>
    </message>
    <message>
        <source>Chuyển mẫu</source>
        <translation>Move sample</translation>
    </message>
    <message>
        <source>Sang ống:</source>
        <translation>To tube:</translation>
    </message>
    <message>
        <source>Đã lưu đợt lấy mẫu số {round_id}: {people} người trong {tubes} ống. In danh sách gửi mẫu và nhãn ống ở phần dưới.</source>
        <translation>Sampling round {round_id} saved: {people} people in {tubes} tubes. Print the list for the lab and the tube labels below.</translation>
    </message>
    <message>
        <source>Chọn tệp kết quả của phòng xét nghiệm</source>
        <translation>Choose the lab&apos;s results file</translation>
    </message>
    <message>
        <source>Đã ghi {recorded} kết quả: ống gộp âm tính {negative}, ống gộp dương tính {positive}; {retest} người cần xét nghiệm lại riêng; {cases} người dương tính.</source>
        <translation>Recorded {recorded} results: pools negative {negative}, pools positive {positive}; {retest} people to retest individually; {cases} people positive.</translation>
    </message>
    <message>
        <source>Thời điểm sao lưu</source>
        <translation>Backed up at</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>{value} MB</source>
        <translation>{value} MB</translation>
    </message>
    <message>
        <source>An toàn dữ liệu</source>
        <translation>Data safety</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu là máy chủ PostgreSQL: sao lưu, khôi phục và mã hóa do máy chủ đảm nhận (pg_dump, pg_restore, mã hóa ổ đĩa). Ở đây kiểm tra được nhật ký.</source>
        <translation>The database is a PostgreSQL server: backups, restores and encryption are the server&apos;s (pg_dump, pg_restore, disk encryption). The audit trail can be checked here.</translation>
    </message>
    <message>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao lưu tự động</source>
        <translation>Restore from an automatic backup</translation>
    </message>
    <message>
        <source>Chọn một bản; chương trình kiểm tra tệp và nhật ký thao tác của nó trước khi thay thế. Cơ sở dữ liệu hiện tại được giữ lại bên cạnh (…replaced-…), rồi chương trình mở lại và mọi người đăng nhập lại.</source>
        <translation>Choose one; the program checks the file and its audit trail before replacing anything. The current database is kept beside it (…replaced-…), then the program opens again and everyone signs in again.</translation>
    </message>
    <message>
        <source>Khôi phục bản đã chọn…</source>
        <translation>Restore the chosen backup…</translation>
    </message>
    <message>
        <source>Nhật ký thao tác</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Đọc lại toàn bộ chuỗi nhật ký và đối chiếu dữ liệu người, lượt cách ly, xét nghiệm, tài khoản với lần ghi cuối trong nhật ký: một sửa đổi ngoài chương trình được chỉ ra.</source>
        <translation>Reads the whole chain of the trail again and compares people, stays, tests and accounts with the trail&apos;s last record of them: a change made outside the program is pointed out.</translation>
    </message>
    <message>
        <source>Kiểm tra nhật ký</source>
        <translation>Check the audit trail</translation>
    </message>
    <message>
        <source>Mã hóa</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Mã hóa cơ sở dữ liệu…</source>
        <translation>Encrypt the database…</translation>
    </message>
    <message>
        <source>Xóa bản chưa mã hóa…</source>
        <translation>Delete the unencrypted copy…</translation>
    </message>
    <message>
        <source>Bản sao lưu gần nhất: {when} ({size}). Chương trình tự sao lưu khi mở và mỗi 24 giờ vào {folder}, giữ {keep} bản mới nhất.</source>
        <translation>Latest backup: {when} ({size}). The program backs up when it opens and every 24 hours into {folder}, keeping the newest {keep}.</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu tự động nào trong {folder}.</source>
        <translation>No automatic backup in {folder} yet.</translation>
    </message>
    <message>
        <source>không đọc được</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu chưa được mã hóa: ai có tệp {name} là đọc được mọi người trong đó. Mã hóa tạo một khóa khôi phục ngẫu nhiên, chỉ hiện một lần để in và cất giữ; máy này giữ khóa để mở như thường.</source>
        <translation>The database is not encrypted: whoever has the file {name} can read everyone in it. Encryption makes a random recovery key, shown once to be printed and kept; this computer keeps the key and opens the database as usual.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đã được mã hóa, nhưng bản chưa mã hóa vẫn còn trên đĩa: {files}. Hãy xóa sau khi đã in khóa khôi phục.</source>
        <translation>The database is encrypted, but the unencrypted copy is still on disk: {files}. Delete it once the recovery key is printed.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đã được mã hóa; không còn bản chưa mã hóa bên cạnh.</source>
        <translation>The database is encrypted; no unencrypted copy is left beside it.</translation>
    </message>
    <message>
        <source>Đang làm…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>số người không đọc được</source>
        <translation>number of people unreadable</translation>
    </message>
    <message>
        <source>Thay cơ sở dữ liệu hiện tại ({now} người) bằng bản sao lưu lúc {when} ({then})? Mọi thay đổi sau thời điểm đó sẽ không còn trong cơ sở dữ liệu (bản hiện tại được giữ lại bên cạnh). Các bàn khác đang mở phải đăng nhập lại.</source>
        <translation>Replace the current database ({now} people) with the backup of {when} ({then})? Every change after that moment will no longer be in the database (the current one is kept beside it). Other desks that are open must sign in again.</translation>
    </message>
    <message>
        <source>Không khôi phục</source>
        <translation>Do not restore</translation>
    </message>
    <message>
        <source>Đã khôi phục bản lúc {when}; cơ sở dữ liệu cũ được giữ tại {kept}. Chương trình mở lại.</source>
        <translation>Restored the backup of {when}; the old database is kept at {kept}. The program opens again.</translation>
    </message>
    <message>
        <source>Nhật ký nguyên vẹn: {n} mục, kiểm tra lúc {at:%H:%M} ngày {at:%d/%m/%Y}.</source>
        <translation>The audit trail is whole: {n} entries, checked at {at:%H:%M} on {at:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>
… và {n} chỗ khác.</source>
        <translation>
… and {n} more.</translation>
    </message>
    <message>
        <source>Nhật ký đã bị sửa ngoài chương trình ({n} chỗ); chỗ đầu tiên:
{problems}{more}</source>
        <translation>The audit trail was changed outside the program ({n} places); the first:
{problems}{more}</translation>
    </message>
    <message>
        <source>Mã hóa {name}? Chương trình tạo một khóa khôi phục, hiện một lần duy nhất: hãy in biên bản bàn giao khóa và cất giữ. Máy này giữ khóa để mở như thường; máy khác (hoặc máy này cài lại) cần khóa đó. Bản chưa mã hóa được giữ bên cạnh cho đến khi xóa. Các bàn khác đang mở phải đóng chương trình trước; sau khi mã hóa, chương trình mở lại.</source>
        <translation>Encrypt {name}? The program makes a recovery key, shown only once: print the key hand-over record and keep it safe. This computer keeps the key and opens the database as usual; another computer (or this one reinstalled) needs that key. The unencrypted copy is kept beside it until deleted. Other desks must close the program first; after encryption the program opens again.</translation>
    </message>
    <message>
        <source>Không mã hóa</source>
        <translation>Do not encrypt</translation>
    </message>
    <message>
        <source>Xóa bản chưa mã hóa</source>
        <translation>Delete the unencrypted copy</translation>
    </message>
    <message>
        <source>Xóa hẳn {files}? Nội dung được ghi đè bằng số 0 rồi xóa; không lấy lại được. Chỉ xóa sau khi đã in khóa khôi phục và chương trình mở được bản mã hóa.</source>
        <translation>Delete {files} for good? Its content is overwritten with zeros, then removed; it cannot be recovered. Delete it only once the recovery key is printed and the program opens the encrypted database.</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation>Do not delete</translation>
    </message>
    <message>
        <source>Đã xóa {n} bản chưa mã hóa.</source>
        <translation>Deleted {n} unencrypted copies.</translation>
    </message>
    <message>
        <source>Khóa khôi phục</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đã được mã hóa. Đây là khóa khôi phục; nó chỉ hiện lần này. Hãy lưu và in biên bản bàn giao khóa, giao cho người giữ, rồi xóa tệp PDF khỏi máy.</source>
        <translation>The database is encrypted. This is the recovery key; it is shown only this once. Save and print the key hand-over record, give it to its keeper, then delete the PDF from the computer.</translation>
    </message>
    <message>
        <source>Bản chưa mã hóa được giữ tại {kept}; xóa nó ở trang «An toàn dữ liệu» sau khi chương trình mở được bản mã hóa.</source>
        <translation>The unencrypted copy is kept at {kept}; delete it on the «Data safety» page once the program opens the encrypted database.</translation>
    </message>
    <message>
        <source>Lưu biên bản bàn giao khóa (PDF)…</source>
        <translation>Save the key hand-over record (PDF)…</translation>
    </message>
    <message>
        <source>Đã ghi lại khóa</source>
        <translation>I have recorded the key</translation>
    </message>
    <message>
        <source>Lưu biên bản bàn giao khóa</source>
        <translation>Save the key hand-over record</translation>
    </message>
    <message>
        <source>Không ghi được {path}: {exc}</source>
        <translation>Could not write {path}: {exc}</translation>
    </message>
    <message>
        <source>Đã lưu {path}; in ra rồi xóa tệp này.</source>
        <translation>Saved {path}; print it, then delete the file.</translation>
    </message>
</context>
</TS>
