import { asOf, SeedCourse, SeedModule, youtubeSearch } from './types';

/**
 * CDS-02: digital-government platforms for commune staff. Version 1 (2022) ran the first class;
 * version 2 (2025) adds the lesson on the 2023 Law on Electronic Transactions.
 */
const MODULES: SeedModule[] = [
  {
    title: 'Chính quyền số và dịch vụ công trực tuyến',
    lessons: [
      {
        title: 'Chính quyền số ở cấp xã: khái niệm và vai trò của cán bộ',
        minutes: 20,
        markdown: `## Chính quyền số là gì?

Chính quyền số là chính quyền sử dụng công nghệ số và dữ liệu để vận hành, ra quyết định và phục vụ người dân, doanh nghiệp. Ở cấp xã, điều này không có nghĩa là thay con người bằng máy móc, mà là thay đổi **cách làm việc**: hồ sơ được tiếp nhận và xử lý trên hệ thống, văn bản được ký số và gửi nhận điện tử, số liệu được cập nhật một lần và dùng chung cho nhiều việc.

## Ba yếu tố cần nắm

| Yếu tố | Ví dụ ở cấp xã |
|---|---|
| Dữ liệu | Dữ liệu dân cư được dùng để xác thực thông tin người dân thay cho bản sao giấy tờ |
| Nền tảng dùng chung | Cổng Dịch vụ công quốc gia, ứng dụng VNeID, hệ thống quản lý văn bản và điều hành |
| Con người | Cán bộ biết sử dụng, biết hướng dẫn người dân và biết bảo vệ thông tin |

## Vai trò của cán bộ, công chức cấp xã

Cán bộ cấp xã là nơi người dân gặp chính quyền thường xuyên nhất. Vì vậy, cán bộ cần:

1. **Tự mình sử dụng thành thạo** các hệ thống được giao: tiếp nhận hồ sơ trực tuyến, xử lý văn bản điện tử, ký số.
2. **Hướng dẫn người dân**: đăng ký và kích hoạt tài khoản định danh điện tử, nộp hồ sơ, thanh toán trực tuyến, tra cứu kết quả.
3. **Phối hợp với Tổ công nghệ số cộng đồng** để hỗ trợ người cao tuổi và người chưa quen dùng điện thoại thông minh.
4. **Phản ánh khó khăn** (lỗi hệ thống, hướng dẫn chưa rõ) lên cấp trên để được xử lý.

## Định hướng chung

Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022–2025, tầm nhìn đến năm 2030 (Đề án 06, phê duyệt tại Quyết định số 06/QĐ-TTg năm 2022 của Thủ tướng Chính phủ) lấy dữ liệu dân cư và tài khoản định danh điện tử làm nền tảng để giảm giấy tờ, giảm đi lại cho người dân. Các bài tiếp theo đi vào từng nền tảng cụ thể.

> Ghi nhớ: chuyển đổi số trước hết là thay đổi nhận thức và cách làm việc; công cụ chỉ phát huy hiệu quả khi người dùng tin tưởng và sử dụng hằng ngày.
`,
      },
      {
        title: 'Dịch vụ công trực tuyến và Cổng Dịch vụ công quốc gia',
        minutes: 20,
        markdown: `## Dịch vụ công trực tuyến

Dịch vụ công trực tuyến là việc cơ quan nhà nước cung cấp thủ tục hành chính cho người dân, doanh nghiệp trên môi trường mạng. Theo quy định hiện hành, dịch vụ công trực tuyến gồm hai loại:

- **Toàn trình**: người dân thực hiện toàn bộ quá trình — từ nộp hồ sơ, thanh toán phí, lệ phí (nếu có) đến nhận kết quả — trên môi trường mạng.
- **Một phần**: có ít nhất một bước người dân vẫn phải thực hiện trực tiếp, ví dụ xuất trình bản chính giấy tờ hoặc nhận kết quả tại cơ quan.

## Cổng Dịch vụ công quốc gia

Cổng Dịch vụ công quốc gia (https://dichvucong.gov.vn) là đầu mối tích hợp thông tin và dịch vụ công trực tuyến của các bộ, ngành và địa phương. Trên Cổng, người dân có thể:

- tra cứu thủ tục hành chính: thành phần hồ sơ, thời hạn giải quyết, phí, lệ phí;
- nộp hồ sơ trực tuyến và theo dõi tình trạng xử lý;
- thanh toán trực tuyến phí, lệ phí và một số nghĩa vụ tài chính;
- gửi phản ánh, kiến nghị và đánh giá sự hài lòng.

Ngoài Cổng quốc gia, mỗi tỉnh có Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh. Cán bộ cần biết thủ tục nào người dân nộp ở đâu để hướng dẫn đúng ngay từ đầu.

## Lợi ích cần giải thích cho người dân

| Với người dân | Với cơ quan |
|---|---|
| Không phải đi lại nhiều lần | Giảm hồ sơ giấy phải lưu trữ |
| Biết hồ sơ đang ở bước nào | Số liệu thống kê có ngay trên hệ thống |
| Có thể nộp ngoài giờ hành chính | Giảm sai sót do nhập lại thông tin |

## Lưu ý khi tư vấn

Danh mục thủ tục được cung cấp trực tuyến và loại dịch vụ (toàn trình hay một phần) **thay đổi theo thời gian**. Trước khi hướng dẫn, hãy tra cứu thủ tục trên Cổng để xem thông tin mới nhất, không dựa vào trí nhớ hoặc tài liệu cũ.
`,
      },
    ],
  },
  {
    title: 'Định danh và xác thực điện tử với VNeID',
    lessons: [
      {
        title: 'Tài khoản định danh điện tử mức độ 1 và mức độ 2',
        minutes: 20,
        markdown: `## Tài khoản định danh điện tử là gì?

Tài khoản định danh điện tử do Bộ Công an tạo lập, dùng để đăng nhập ứng dụng VNeID và các hệ thống thông tin có kết nối, trong đó có Cổng Dịch vụ công quốc gia. Quy định về định danh và xác thực điện tử được ban hành tại Nghị định số 59/2022/NĐ-CP; khi hướng dẫn, cần đối chiếu văn bản đang có hiệu lực vì quy định có thể đã được sửa đổi, thay thế.

Với công dân Việt Nam, tài khoản có hai mức độ.

## So sánh hai mức độ

| | Mức độ 1 | Mức độ 2 |
|---|---|---|
| Nơi đăng ký | Người dân tự đăng ký trên ứng dụng VNeID | Tại cơ quan Công an (thường là Công an cấp xã) hoặc khi làm thủ tục cấp căn cước |
| Cách xác minh | Thông tin cá nhân và ảnh chân dung chụp qua ứng dụng, đối chiếu với Cơ sở dữ liệu quốc gia về dân cư | Đối chiếu trực tiếp với người đến làm thủ tục (ảnh chân dung, vân tay) |
| Giá trị sử dụng | Một số tiện ích cơ bản | Nhiều tiện ích hơn; trong nhiều giao dịch có giá trị như xuất trình thẻ căn cước |

## Điều kiện thường gặp

- Có số định danh cá nhân (12 chữ số) và thẻ căn cước công dân gắn chip hoặc thẻ căn cước;
- Có số điện thoại **đứng tên chính mình** (thuê bao chính chủ);
- Có điện thoại thông minh để cài ứng dụng VNeID. Với mức độ 2, hồ sơ được thu nhận tại cơ quan Công an, sau đó người dân kích hoạt tài khoản trên điện thoại.

## Vai trò của cán bộ xã

Cán bộ xã **không tạo lập tài khoản thay người dân** và **không giữ mật khẩu, mã kích hoạt của người dân**. Việc của cán bộ là giải thích, hướng dẫn từng bước và giới thiệu người dân đến Công an xã khi cần đăng ký mức độ 2.

> Lưu ý: tiện ích cụ thể của từng mức độ thay đổi theo phiên bản ứng dụng. Hãy xem mục hướng dẫn trong ứng dụng VNeID hoặc hỏi Công an xã để có thông tin mới nhất.
`,
      },
      {
        title: 'Hướng dẫn người dân đăng ký và kích hoạt VNeID',
        minutes: 25,
        videoUrl: youtubeSearch('hướng dẫn đăng ký tài khoản định danh điện tử VNeID'),
        markdown: `## Chuẩn bị trước khi hướng dẫn

- ☐ Người dân mang theo thẻ căn cước (hoặc căn cước công dân gắn chip) và điện thoại thông minh.
- ☐ Số điện thoại là thuê bao chính chủ, đang nhận được tin nhắn.
- ☐ Điện thoại có kết nối Internet ổn định (Wi-Fi của bộ phận một cửa, nếu có).
- ☐ Ứng dụng VNeID được tải từ **App Store hoặc Google Play**, đúng nhà phát triển thuộc Bộ Công an. Không cài ứng dụng từ đường link lạ gửi qua tin nhắn.

## Các bước đăng ký mức độ 1 (tham khảo)

1. Mở ứng dụng VNeID, chọn **Đăng ký tài khoản**.
2. Nhập số định danh cá nhân và số điện thoại; tùy phiên bản, ứng dụng có thể yêu cầu quét mã QR hoặc chip trên thẻ.
3. Chụp ảnh chân dung theo hướng dẫn trên màn hình: đủ ánh sáng, không đeo kính râm, khẩu trang.
4. Nhập mã xác thực (OTP) được gửi qua tin nhắn.
5. Đặt mật khẩu và mã bảo vệ theo yêu cầu của ứng dụng.
6. Chờ cơ quan Công an xét duyệt; kết quả được thông báo qua tin nhắn hoặc trong ứng dụng.

Giao diện và tên nút có thể khác nhau giữa các phiên bản; hãy làm theo chỉ dẫn trên màn hình.

## Kích hoạt tài khoản mức độ 2

Sau khi người dân đã đăng ký mức độ 2 tại cơ quan Công an và nhận được tin nhắn thông báo, hướng dẫn họ mở VNeID, chọn **Kích hoạt tài khoản**, nhập số định danh, số điện thoại và mã kích hoạt trong tin nhắn, rồi đặt mật khẩu.

## Nguyên tắc khi hỗ trợ

- Để người dân **tự nhập** mật khẩu và mã OTP; cán bộ nhắc người dân che màn hình khi nhập.
- Không chụp ảnh, không ghi lại số định danh, mật khẩu của người dân vào sổ tay hay điện thoại cá nhân.
- Nhắc người dân: cơ quan Công an và cán bộ xã **không bao giờ gọi điện đề nghị đọc mã OTP** hay gửi đường link để "cập nhật tài khoản".

Video hướng dẫn (liên kết ngoài) đi kèm bài này là kết quả tìm kiếm trên YouTube; hãy ưu tiên video của cơ quan Công an và báo chí chính thống.
`,
      },
      {
        title: 'Các tình huống thường gặp khi hỗ trợ VNeID',
        minutes: 15,
        markdown: `## Bảng xử lý nhanh

| Tình huống | Nguyên nhân thường gặp | Hướng xử lý |
|---|---|---|
| Không nhận được mã OTP | Sóng yếu, hộp tin nhắn đầy, số không chính chủ | Kiểm tra sóng, xóa bớt tin nhắn, gửi lại mã; nếu số không chính chủ, hướng dẫn người dân đến nhà mạng chuẩn hóa thông tin thuê bao |
| Ảnh chân dung không được chấp nhận | Thiếu sáng, ngược sáng, đeo kính | Chụp lại ở nơi đủ sáng, nhìn thẳng vào camera |
| Thông tin không khớp | Thông tin kê khai và dữ liệu dân cư chưa thống nhất | Hướng dẫn người dân liên hệ Công an xã để kiểm tra, điều chỉnh |
| Quên mật khẩu | — | Dùng chức năng **Quên mật khẩu** trong ứng dụng; không đăng ký tài khoản mới |
| Đổi điện thoại mới | Tài khoản gắn với thiết bị đang dùng | Đăng nhập trên thiết bị mới theo hướng dẫn của ứng dụng; nếu bị khóa, liên hệ Công an xã |

## Người cao tuổi và người không có điện thoại thông minh

Không phải người dân nào cũng có hoặc muốn dùng điện thoại thông minh. Khi đó:

- vẫn tiếp nhận hồ sơ trực tiếp theo quy định, **không từ chối** phục vụ vì người dân không có tài khoản;
- có thể đề nghị người thân hoặc thành viên Tổ công nghệ số cộng đồng hỗ trợ, nhưng người dân phải đồng ý và có mặt khi thao tác;
- ghi nhận các trường hợp khó khăn để báo cáo, đề xuất cách hỗ trợ phù hợp.

## Ghi chép để cải tiến

Mỗi tuần, bộ phận một cửa nên tổng hợp những lỗi gặp nhiều nhất và cách đã xử lý. Danh sách này giúp cán bộ mới làm quen nhanh, đồng thời là căn cứ để phản ánh lên cấp trên những lỗi thuộc về hệ thống chứ không phải do người dùng.
`,
      },
    ],
  },
  {
    title: 'Thực hiện dịch vụ công trên Cổng Dịch vụ công quốc gia',
    lessons: [
      {
        title: 'Đăng nhập và nộp hồ sơ trực tuyến',
        minutes: 25,
        videoUrl: youtubeSearch('hướng dẫn nộp hồ sơ trên Cổng Dịch vụ công quốc gia'),
        markdown: `## Đăng nhập

Người dân đăng nhập Cổng Dịch vụ công quốc gia (https://dichvucong.gov.vn) bằng **tài khoản định danh điện tử** (tài khoản VNeID). Khi đăng nhập, hệ thống có thể yêu cầu xác nhận trên ứng dụng VNeID hoặc nhập mã OTP. Doanh nghiệp, tổ chức đăng nhập theo phương thức dành cho tổ chức được hướng dẫn trên Cổng.

## Các bước nộp một hồ sơ

1. **Tìm thủ tục**: gõ tên thủ tục vào ô tìm kiếm, chọn đúng cơ quan thực hiện (ví dụ UBND cấp xã).
2. **Đọc kỹ thông tin thủ tục**: thành phần hồ sơ, thời hạn, phí, lệ phí, cách nhận kết quả.
3. **Điền tờ khai điện tử**: nhiều thông tin cá nhân được điền sẵn từ dữ liệu dân cư; người dân kiểm tra lại, chỉ bổ sung phần còn thiếu.
4. **Đính kèm giấy tờ**: chụp hoặc quét rõ nét, đúng loại giấy tờ. Giấy tờ đã có trong cơ sở dữ liệu hoặc đã được số hóa thì có thể không phải nộp lại — xem hướng dẫn của từng thủ tục.
5. **Chọn cách nhận kết quả**: bản điện tử, trực tiếp hoặc qua bưu chính (nếu thủ tục cho phép).
6. **Nộp hồ sơ** và ghi lại **mã hồ sơ** để tra cứu.

## Mẹo chụp giấy tờ bằng điện thoại

- Đặt giấy tờ trên nền tối, đủ sáng, chụp thẳng, không bị lóa.
- Mỗi giấy tờ một tệp, đặt tên dễ hiểu.
- Kiểm tra ảnh trước khi đính kèm: đọc được toàn bộ chữ và con dấu.

## Vai trò của cán bộ tiếp nhận

Khi hồ sơ đến, cán bộ kiểm tra tính đầy đủ, hợp lệ trên hệ thống. Nếu cần bổ sung, nêu **rõ ràng và một lần** những giấy tờ còn thiếu cùng lý do, để người dân không phải bổ sung nhiều lần. Mọi trao đổi nên thực hiện qua hệ thống để được lưu vết, tránh hẹn người dân "lên xã nói chuyện".
`,
      },
      {
        title: 'Thanh toán trực tuyến, theo dõi và nhận kết quả',
        minutes: 20,
        markdown: `## Thanh toán phí, lệ phí trực tuyến

Với thủ tục có phí, lệ phí, Cổng Dịch vụ công quốc gia cung cấp chức năng thanh toán trực tuyến qua các ngân hàng, tổ chức trung gian thanh toán có kết nối. Người dân có thể thanh toán bằng ứng dụng ngân hàng trên điện thoại (quét mã QR hoặc được chuyển sang trang của ngân hàng).

| Bước | Người dân làm gì | Cán bộ cần lưu ý |
|---|---|---|
| 1 | Chọn **Thanh toán** trong hồ sơ | Kiểm tra số tiền đúng theo quy định |
| 2 | Chọn ngân hàng hoặc phương thức thanh toán | Không bao giờ đề nghị chuyển khoản vào tài khoản cá nhân |
| 3 | Xác nhận trên ứng dụng ngân hàng | Giải thích rằng mã OTP chỉ nhập trên ứng dụng của ngân hàng |
| 4 | Nhận thông báo thanh toán thành công | Kiểm tra trạng thái thanh toán trên hệ thống trước khi xử lý tiếp |

## Theo dõi và nhận kết quả

- Người dân tra cứu tình trạng hồ sơ bằng mã hồ sơ, hoặc trong mục hồ sơ của mình sau khi đăng nhập.
- Kết quả điện tử (nếu thủ tục cho phép) được trả vào tài khoản của người dân; kết quả giấy được nhận tại bộ phận một cửa hoặc qua bưu chính.
- Kết quả giải quyết nên được **số hóa và lưu trữ** để lần sau người dân không phải nộp lại.

## Đánh giá sự hài lòng

Sau khi nhận kết quả, người dân có thể đánh giá việc giải quyết hồ sơ. Cán bộ nên nhắc người dân đánh giá: đó là căn cứ để cải thiện chất lượng phục vụ, và cũng ghi nhận sự cố gắng của bộ phận một cửa.

## Tình huống cần cảnh giác

Kẻ gian có thể giả danh cán bộ gọi điện, đề nghị nộp "phí xử lý nhanh" vào một tài khoản cá nhân. Hãy nói rõ với người dân: **phí, lệ phí chỉ nộp theo thông báo trên hệ thống hoặc tại bộ phận một cửa**, và luôn có biên lai, chứng từ.
`,
      },
      {
        title: 'Hỗ trợ người dân tại bộ phận một cửa',
        minutes: 15,
        markdown: `## Góc hỗ trợ dịch vụ công trực tuyến

Nhiều xã bố trí tại bộ phận một cửa một khu vực có máy tính, máy quét và Wi-Fi để người dân tự nộp hồ sơ trực tuyến, với sự hỗ trợ của cán bộ, thành viên Tổ công nghệ số cộng đồng hoặc đoàn viên thanh niên.

## Quy trình hỗ trợ gợi ý

1. Hỏi người dân cần làm thủ tục gì, đã có tài khoản định danh điện tử chưa.
2. Nếu chưa có tài khoản: hướng dẫn đăng ký (bài "Hướng dẫn người dân đăng ký và kích hoạt VNeID") hoặc giới thiệu đến Công an xã.
3. Cùng người dân tra cứu thủ tục trên Cổng, giải thích thành phần hồ sơ.
4. Để người dân tự thao tác trên điện thoại của mình; cán bộ chỉ hướng dẫn.
5. Ghi lại mã hồ sơ cho người dân và chỉ cách tự tra cứu.

## Checklist cuối ngày

- ☐ Đăng xuất mọi tài khoản trên máy tính dùng chung.
- ☐ Xóa các tệp giấy tờ của người dân đã quét, chụp còn lưu trên máy.
- ☐ Ghi sổ số lượt hỗ trợ và các lỗi gặp phải.
- ☐ Báo cáo ngay các trường hợp nghi ngờ lừa đảo, giả mạo.

## Những điều không làm

- Không dùng tài khoản của cán bộ để nộp hồ sơ thay người dân.
- Không giữ lại bản chính giấy tờ khi thủ tục không yêu cầu.
- Không thu thêm bất kỳ khoản tiền nào ngoài phí, lệ phí theo quy định.

> Mục tiêu của góc hỗ trợ là để lần sau người dân **tự làm được ở nhà**. Mỗi lượt hỗ trợ là một buổi hướng dẫn nhỏ, không phải làm thay.
`,
      },
    ],
  },
  {
    title: 'Văn bản điện tử, chữ ký số và làm việc "ba không"',
    lessons: [
      {
        title: 'Văn bản điện tử và hồ sơ điện tử theo Nghị định 30/2020/NĐ-CP',
        minutes: 20,
        markdown: `## Văn bản điện tử là gì?

Theo Nghị định số 30/2020/NĐ-CP về công tác văn thư, văn bản điện tử là văn bản dưới dạng thông điệp dữ liệu được tạo lập hoặc được số hóa từ văn bản giấy và trình bày đúng thể thức, kỹ thuật trình bày theo quy định. Nghị định quy định thể thức, kỹ thuật trình bày văn bản hành chính, việc ký số, gửi, nhận văn bản điện tử và lập hồ sơ, nộp lưu hồ sơ điện tử.

## Những điểm cán bộ xã cần nhớ

- Văn bản điện tử được ký số bởi người có thẩm quyền và ký số của cơ quan, tổ chức theo quy định; không in ra, đóng dấu rồi quét lại.
- Văn bản đến và văn bản đi được đăng ký, xử lý trên **hệ thống quản lý văn bản và điều hành** của địa phương.
- Văn bản điện tử gửi đi phải đúng định dạng quy định (tệp PDF), kèm tệp gốc khi cần.
- Văn bản có nội dung **bí mật nhà nước không được** soạn thảo, gửi, nhận qua máy tính, hệ thống có kết nối Internet; phải thực hiện theo quy định về bảo vệ bí mật nhà nước.

## Hồ sơ điện tử

Hồ sơ là tập hợp văn bản, tài liệu có liên quan với nhau về một vấn đề, sự việc. Với hồ sơ điện tử, cán bộ cần:

1. Mở hồ sơ theo danh mục hồ sơ của cơ quan ngay từ đầu năm.
2. Đưa mỗi văn bản vào đúng hồ sơ khi xử lý xong, không để văn bản "trôi nổi" trong hộp thư.
3. Kết thúc hồ sơ khi công việc hoàn thành và nộp lưu theo thời hạn quy định.

## So sánh cách làm

| Việc | Cách làm trên giấy | Cách làm điện tử |
|---|---|---|
| Trình ký | In, chuyển tay, chờ lãnh đạo có mặt ở cơ quan | Trình trên hệ thống, lãnh đạo ký số |
| Phát hành | Sao chụp, đóng dấu, gửi bưu điện | Gửi qua hệ thống liên thông văn bản |
| Tra cứu | Tìm trong tủ hồ sơ | Tìm theo số, ngày, trích yếu |
| Lưu trữ | Tủ, kho giấy | Lưu trữ điện tử theo quy định |
`,
      },
      {
        title: 'Chữ ký số và giá trị pháp lý của giao dịch điện tử',
        minutes: 20,
        since: 2024,
        markdown: `## Chữ ký số là gì?

Chữ ký số là một dạng chữ ký điện tử, được tạo ra bằng một cặp khóa: khóa bí mật dùng để ký, khóa công khai dùng để kiểm tra. Khi văn bản đã được ký số, bất kỳ thay đổi nào sau đó đều làm chữ ký không còn hợp lệ; nhờ vậy người nhận biết được **ai đã ký** và **văn bản có bị sửa hay không**.

## Giá trị pháp lý

Luật Giao dịch điện tử năm 2023 (có hiệu lực từ ngày 01/7/2024) thừa nhận giá trị pháp lý của thông điệp dữ liệu và chữ ký điện tử khi đáp ứng các điều kiện luật định. Trong hoạt động công vụ, cán bộ, công chức sử dụng chữ ký số chuyên dùng công vụ thuộc hệ thống do Ban Cơ yếu Chính phủ quản lý; chứng thư số gắn với người được cấp và cơ quan của họ.

## Các hình thức thường gặp

| Hình thức | Đặc điểm | Lưu ý an toàn |
|---|---|---|
| Thiết bị USB (token) | Cắm vào máy tính khi ký | Không cho mượn, không để cắm sẵn trên máy khi vắng mặt |
| Ký số trên thiết bị di động, ký số từ xa | Ký qua ứng dụng, xác thực bằng mã PIN hoặc sinh trắc học | Không chia sẻ mã PIN; luôn khóa màn hình điện thoại |

## Quy tắc sử dụng

1. Chữ ký số là của **cá nhân**; để người khác ký hộ là vi phạm, dù chỉ "nhờ một lần".
2. Mất thiết bị hoặc nghi lộ mã PIN: báo ngay cho đầu mối quản lý chữ ký số của cơ quan để tạm dừng hoặc thu hồi chứng thư.
3. Khi chuyển công tác, thay đổi chức danh: làm thủ tục thu hồi hoặc điều chỉnh chứng thư số theo hướng dẫn.
4. Trước khi ký, đọc lại toàn bộ nội dung văn bản trên màn hình như khi ký trên giấy.

## Kiểm tra chữ ký trên văn bản nhận được

Mở tệp PDF bằng phần mềm có chức năng kiểm tra chữ ký số; thông tin chữ ký (người ký, thời gian ký, tình trạng hợp lệ) sẽ được hiển thị. Nếu phần mềm báo chữ ký không hợp lệ hoặc văn bản đã bị thay đổi sau khi ký, cần xác minh lại với nơi gửi trước khi xử lý.
`,
      },
      {
        title: 'Làm việc "ba không": không giấy tờ, không tiền mặt, không tiếp xúc trực tiếp',
        minutes: 25,
        markdown: `## "Ba không" nghĩa là gì?

"Ba không" là cách nói ngắn gọn về mục tiêu phục vụ người dân trên môi trường số:

- **Không giấy tờ**: hạn chế tối đa việc người dân phải nộp bản giấy, bản sao; cơ quan khai thác dữ liệu đã có (dữ liệu dân cư, kết quả giải quyết đã số hóa) và dùng văn bản, hồ sơ điện tử.
- **Không tiền mặt**: phí, lệ phí và các khoản thu được thanh toán bằng phương thức điện tử, có chứng từ.
- **Không tiếp xúc trực tiếp**: người dân có thể nộp hồ sơ, theo dõi và nhận kết quả mà không cần đến cơ quan, giảm đi lại và giảm cơ hội phát sinh tiêu cực.

## Hiểu cho đúng

"Ba không" là **hướng phấn đấu**, không phải quy định cấm làm theo cách truyền thống. Cần lưu ý:

- Một số thủ tục vẫn yêu cầu bản chính, chữ ký trực tiếp hoặc sự có mặt theo quy định của pháp luật chuyên ngành; khi đó thực hiện đúng quy định đó.
- Người dân **vẫn có quyền** nộp hồ sơ trực tiếp và nộp tiền tại nơi được phép thu; không được từ chối phục vụ vì họ không dùng được công nghệ.
- Mức độ áp dụng khác nhau theo từng thủ tục và từng địa phương; hãy làm theo hướng dẫn cụ thể của tỉnh.

## Cán bộ xã có thể làm gì?

| Mục tiêu | Việc làm cụ thể |
|---|---|
| Không giấy tờ | Khai thác dữ liệu dân cư theo quy định thay cho yêu cầu bản sao; số hóa kết quả giải quyết; xử lý văn bản trên hệ thống |
| Không tiền mặt | Hướng dẫn người dân thanh toán trực tuyến; niêm yết rõ số tiền và cách nộp |
| Không tiếp xúc | Hướng dẫn nộp hồ sơ trực tuyến, trả kết quả điện tử hoặc qua bưu chính |

## Tự đánh giá

- ☐ Tôi biết những thủ tục nào của xã được cung cấp trực tuyến toàn trình.
- ☐ Tôi có thể hướng dẫn một người dân thanh toán trực tuyến từ đầu đến cuối.
- ☐ Tôi lưu kết quả giải quyết đã số hóa để dùng lại.
- ☐ Tôi xử lý văn bản đến, văn bản đi hoàn toàn trên hệ thống.
`,
      },
    ],
  },
];

export const CDS_02: SeedCourse = {
  code: 'CDS-02',
  title: 'Nền tảng chính quyền số và dịch vụ công trực tuyến',
  topicArea: 'digital_government',
  summary:
    'Giúp cán bộ, công chức cấp xã sử dụng thành thạo Cổng Dịch vụ công quốc gia và ứng dụng VNeID, hướng dẫn người dân thực hiện dịch vụ công trực tuyến, và làm việc với văn bản điện tử, chữ ký số, hồ sơ điện tử theo hướng "ba không": không giấy tờ, không tiền mặt, không tiếp xúc trực tiếp.',
  hours: 16,
  seatFunctions: ['working_group_member', 'department_cds_lead', 'commune_cds_specialist'],
  versions: [
    { state: 'superseded', on: '2022-09-15', modules: asOf(MODULES, 2022) },
    { state: 'published', on: '2025-08-15', modules: MODULES },
  ],
};
