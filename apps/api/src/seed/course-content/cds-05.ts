import { SeedCourse, SeedModule, youtubeSearch } from './types';

/** CDS-05: information security and personal-data protection for commune staff (one version, 2025). */
const MODULES: SeedModule[] = [
  {
    title: 'Nhận diện nguy cơ mất an toàn thông tin',
    lessons: [
      {
        title: 'Vì sao cán bộ cấp xã cần quan tâm đến an toàn thông tin',
        minutes: 15,
        markdown: `## Xã cũng là mục tiêu

Nhiều người nghĩ kẻ tấn công chỉ nhắm vào ngân hàng hay cơ quan lớn. Thực tế, máy tính và tài khoản của cán bộ cấp xã có giá trị với kẻ xấu vì:

- lưu **dữ liệu cá nhân của người dân**: họ tên, số định danh, địa chỉ, hoàn cảnh gia đình;
- có quyền truy cập các hệ thống dùng chung: quản lý văn bản, dịch vụ công, thư điện tử công vụ;
- thường ít được bảo vệ hơn: máy tính dùng chung, mật khẩu đơn giản, phần mềm lâu không cập nhật.

Một tài khoản bị chiếm có thể bị dùng để gửi văn bản giả mạo, lừa đảo người dân, hoặc làm bàn đạp tấn công vào hệ thống của tỉnh.

## Các nguy cơ phổ biến

| Nguy cơ | Biểu hiện |
|---|---|
| Lừa đảo trực tuyến (phishing) | Thư, tin nhắn giả mạo dẫn đến trang đăng nhập giả hoặc tệp đính kèm độc hại |
| Mã độc, mã độc tống tiền | Máy chậm bất thường, tệp bị đổi đuôi và không mở được, xuất hiện thông báo đòi tiền chuộc |
| Lộ, mất dữ liệu | Danh sách có thông tin người dân bị đăng lên nhóm mạng xã hội, thiết bị USB bị thất lạc |
| Chiếm đoạt tài khoản | Không đăng nhập được, có thư gửi đi mà mình không gửi |

## Khung pháp lý cần biết

Việc bảo đảm an toàn thông tin trong cơ quan nhà nước tuân theo Luật An toàn thông tin mạng năm 2015 và Luật An ninh mạng năm 2018; việc xử lý dữ liệu cá nhân tuân theo Nghị định số 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân và các văn bản được ban hành sau đó.

Khóa học này tập trung vào **thói quen hằng ngày**: rất nhiều sự cố bắt đầu từ một cú nhấp chuột thiếu cảnh giác, một mật khẩu dùng chung hay một bản cập nhật bị bỏ qua.
`,
      },
      {
        title: 'Nhận diện thư điện tử và tin nhắn lừa đảo',
        minutes: 20,
        videoUrl: youtubeSearch('nhận diện lừa đảo trực tuyến email tin nhắn giả mạo'),
        markdown: `## Kẻ gian đánh vào tâm lý

Thư và tin nhắn lừa đảo thường tạo cảm giác **gấp gáp** ("tài khoản sẽ bị khóa trong 24 giờ"), **sợ hãi** ("bạn đang bị điều tra") hoặc **hám lợi** ("nhận hỗ trợ, nhận thưởng"). Chúng hay giả danh cơ quan cấp trên, ngân hàng, cơ quan Công an, nhà mạng, hoặc chính đồng nghiệp của mình.

## Dấu hiệu nhận biết

- Địa chỉ người gửi gần giống nhưng không đúng tên miền của cơ quan (thừa, thiếu hoặc đổi một ký tự).
- Đường link dẫn đến tên miền lạ; khi di chuột (hoặc nhấn giữ trên điện thoại) thấy địa chỉ khác với chữ hiển thị.
- Tệp đính kèm có đuôi lạ (.exe, .scr, .js, tệp nén có mật khẩu) hoặc văn bản yêu cầu "bật macro" để xem nội dung.
- Yêu cầu cung cấp mật khẩu, mã OTP, số tài khoản, hoặc chuyển tiền.
- Lỗi chính tả, cách xưng hô khác với cách thường dùng trong cơ quan.

## Trước khi nhấp, hãy tự hỏi

| Câu hỏi | Nếu câu trả lời là "không" hoặc "không chắc" |
|---|---|
| Tôi có đang chờ thư hay tin nhắn này không? | Xác minh với người gửi bằng kênh khác (gọi theo số điện thoại đã biết) |
| Tên miền có đúng của cơ quan, ngân hàng không? | Không nhấp link; tự gõ địa chỉ trang chính thức |
| Yêu cầu này có hợp lý với công việc không? | Hỏi cán bộ phụ trách công nghệ thông tin |

## Nếu lỡ nhấp hoặc lỡ nhập mật khẩu

1. Đổi ngay mật khẩu tài khoản đó (và mọi tài khoản dùng chung mật khẩu này).
2. Ngắt kết nối mạng nếu đã mở tệp đính kèm đáng ngờ.
3. Báo ngay cho người phụ trách công nghệ thông tin của đơn vị — **báo sớm không có lỗi**, giấu sự cố mới gây hại lớn.

Video hướng dẫn (liên kết ngoài) của bài là kết quả tìm kiếm trên YouTube; ưu tiên nội dung của cơ quan chức năng và báo chí chính thống.
`,
      },
    ],
  },
  {
    title: 'Bảo vệ tài khoản và thiết bị',
    lessons: [
      {
        title: 'Mật khẩu mạnh và quản lý mật khẩu',
        minutes: 15,
        markdown: `## Mật khẩu thế nào là mạnh?

Độ dài quan trọng hơn ký tự đặc biệt. Một **cụm mật khẩu** gồm nhiều từ không liên quan ghép lại, có thêm chữ số, vừa dễ nhớ vừa khó đoán hơn nhiều so với một từ ngắn có vài ký hiệu.

| Nên | Không nên |
|---|---|
| Dài từ 12 ký tự trở lên | Dùng ngày sinh, số điện thoại, tên con, tên xã |
| Mỗi tài khoản một mật khẩu riêng | Dùng chung một mật khẩu cho thư công vụ, mạng xã hội và ứng dụng mua sắm |
| Đổi ngay khi nghi bị lộ | Ghi mật khẩu trên giấy dán cạnh màn hình |
| Dùng trình quản lý mật khẩu đáng tin cậy | Lưu mật khẩu trong tệp văn bản trên máy dùng chung |

> Ví dụ chỉ để minh họa cách tạo, **không dùng lại**: "ca-phe-sang-mua-dong-7-ngo" — dài, dễ nhớ, không liên quan đến thông tin cá nhân.

## Vì sao không dùng chung mật khẩu?

Khi một trang web bị lộ dữ liệu, kẻ gian thử ngay địa chỉ thư và mật khẩu đó trên các dịch vụ khác. Nếu mật khẩu thư công vụ giống mật khẩu một trang mua sắm, một vụ lộ dữ liệu ở nơi khác cũng mở cửa vào hộp thư của cơ quan.

## Máy tính dùng chung ở bộ phận một cửa

- Mỗi người một tài khoản đăng nhập; không dùng chung tài khoản quản trị.
- Không chọn "Ghi nhớ mật khẩu" trên trình duyệt của máy dùng chung.
- Khóa màn hình (phím Windows + L) mỗi khi rời chỗ ngồi, dù chỉ vài phút.

## Khi chuyển công tác

Bàn giao tài khoản theo quy trình của cơ quan: người quản trị thu hồi quyền, đổi mật khẩu các tài khoản dùng chung, người mới nhận tài khoản riêng của mình. Không "truyền tay" mật khẩu cho người kế nhiệm.
`,
      },
      {
        title: 'Xác thực hai bước',
        minutes: 15,
        markdown: `## Xác thực hai bước là gì?

Xác thực hai bước yêu cầu thêm một yếu tố **ngoài mật khẩu** khi đăng nhập, ví dụ mã từ ứng dụng xác thực trên điện thoại, mã gửi qua tin nhắn, hoặc một lần xác nhận trên ứng dụng. Nhờ vậy, kẻ gian dù biết mật khẩu vẫn chưa vào được tài khoản.

## Các hình thức thường gặp

| Hình thức | Mức an toàn | Ghi chú |
|---|---|---|
| Ứng dụng xác thực (mã 6 số đổi liên tục) | Cao | Hoạt động cả khi điện thoại không có sóng |
| Xác nhận trên ứng dụng (nhấn "Đồng ý") | Cao | Chỉ đồng ý khi chính mình đang đăng nhập |
| Mã OTP qua tin nhắn SMS | Trung bình | Vẫn an toàn hơn nhiều so với chỉ có mật khẩu |
| Khóa bảo mật vật lý | Rất cao | Thường dùng cho tài khoản quản trị |

## Bật xác thực hai bước ở đâu trước?

1. Thư điện tử — cả thư công vụ và thư cá nhân dùng để khôi phục các tài khoản khác.
2. Tài khoản quản trị trang thông tin điện tử, trang mạng xã hội của xã.
3. Tài khoản mạng xã hội cá nhân: các mạng xã hội lớn đều có tùy chọn này trong phần cài đặt bảo mật.
4. Ứng dụng ngân hàng (thường đã được bật sẵn).

## Những điều tuyệt đối không làm

- Không đọc mã xác thực cho bất kỳ ai qua điện thoại, kể cả người xưng là cán bộ kỹ thuật hay nhân viên nhà mạng.
- Không nhấn "Đồng ý" khi nhận được yêu cầu đăng nhập mà mình không thực hiện: đó là dấu hiệu mật khẩu đã bị lộ, hãy đổi mật khẩu ngay.
- Lưu **mã dự phòng** ở nơi an toàn để dùng khi mất điện thoại.
`,
      },
      {
        title: 'Cập nhật phần mềm và phòng chống mã độc',
        minutes: 15,
        markdown: `## Vì sao phải cập nhật?

Các bản cập nhật vá những lỗ hổng mà kẻ tấn công đã biết. Một máy tính không được cập nhật trong nhiều tháng giống như ngôi nhà biết cửa hỏng mà không sửa. Nhiều đợt mã độc tống tiền lan rộng trên thế giới đã khai thác những lỗ hổng **đã có bản vá** trên các máy chưa được cập nhật.

## Việc cần làm

- ☐ Bật cập nhật tự động cho hệ điều hành và khởi động lại máy khi được yêu cầu.
- ☐ Cập nhật trình duyệt, phần mềm đọc PDF, bộ phần mềm văn phòng.
- ☐ Cài và cập nhật phần mềm phòng chống mã độc theo hướng dẫn của cơ quan.
- ☐ Cập nhật ứng dụng trên điện thoại dùng cho công việc; chỉ cài ứng dụng từ kho ứng dụng chính thức.
- ☐ Gỡ phần mềm không còn dùng; không dùng phần mềm bẻ khóa.

## Máy tính đã hết hỗ trợ

Hệ điều hành đã hết thời gian hỗ trợ của nhà sản xuất (ví dụ Windows 7) **không còn nhận bản vá an toàn**. Những máy này không nên dùng để truy cập hệ thống quản lý văn bản, dịch vụ công hay thư công vụ; cần báo cáo để được nâng cấp hoặc thay thế.

## Thiết bị lưu trữ di động (USB)

| Tình huống | Cách xử lý |
|---|---|
| Người dân mang USB đến để in giấy tờ | Quét mã độc trước khi mở; tốt hơn là đề nghị gửi tệp qua thư điện tử của bộ phận |
| Nhặt được USB không rõ chủ | Không cắm vào máy tính; nộp cho người phụ trách |
| Mang dữ liệu về nhà làm | Chỉ khi được phép; dùng thiết bị của cơ quan, không để lẫn với dữ liệu cá nhân |

## Dấu hiệu máy có thể đã nhiễm mã độc

Máy chậm bất thường, trình duyệt tự mở trang lạ, phần mềm diệt mã độc bị tắt mà mình không tắt, tệp tin bị đổi tên hàng loạt. Khi thấy các dấu hiệu này, **ngắt mạng và báo ngay** theo bài "Xử lý và báo cáo sự cố an toàn thông tin".
`,
      },
    ],
  },
  {
    title: 'Sao lưu dữ liệu và xử lý sự cố',
    lessons: [
      {
        title: 'Sao lưu dữ liệu theo nguyên tắc 3-2-1',
        minutes: 15,
        markdown: `## Dữ liệu nào cần sao lưu?

Những dữ liệu mà nếu mất sẽ ảnh hưởng đến công việc và người dân: sổ sách, danh sách, báo cáo đang làm, văn bản chưa đưa lên hệ thống. Dữ liệu trên các hệ thống dùng chung của tỉnh (quản lý văn bản, dịch vụ công) do đơn vị vận hành hệ thống sao lưu; cán bộ tập trung vào dữ liệu trên máy của mình.

## Nguyên tắc 3-2-1

| Số | Ý nghĩa | Ví dụ |
|---|---|---|
| **3** | Có ít nhất 3 bản dữ liệu | Bản đang dùng và 2 bản sao lưu |
| **2** | Trên ít nhất 2 loại phương tiện khác nhau | Ổ cứng máy tính và ổ cứng rời hoặc máy chủ của cơ quan |
| **1** | Ít nhất 1 bản để ở nơi khác, tách khỏi máy đang dùng | Ổ cứng rời cất trong tủ, hoặc kho lưu trữ do cơ quan cung cấp |

Bản sao lưu **không cắm thường xuyên** vào máy tính là rất quan trọng: mã độc tống tiền mã hóa cả những ổ đĩa đang kết nối.

## Lịch sao lưu gợi ý

- Hằng ngày: làm việc trong thư mục được đồng bộ hoặc sao lưu theo hướng dẫn của cơ quan.
- Hằng tuần: sao lưu thư mục công việc sang ổ cứng rời của đơn vị, rồi rút ổ ra.
- Hằng tháng: thử **khôi phục** một tệp bất kỳ để chắc chắn bản sao lưu dùng được.

## Lưu ý về dữ liệu cá nhân

Bản sao lưu chứa dữ liệu cá nhân của người dân phải được bảo vệ như bản gốc: cất ở nơi có khóa, đặt mật khẩu hoặc mã hóa, và **không** tải lên các dịch vụ lưu trữ đám mây cá nhân khi chưa được cơ quan cho phép.
`,
      },
      {
        title: 'Xử lý và báo cáo sự cố an toàn thông tin',
        minutes: 20,
        markdown: `## Thế nào là sự cố?

Sự cố an toàn thông tin là sự việc làm (hoặc có thể làm) mất tính bí mật, toàn vẹn hoặc sẵn sàng của thông tin và hệ thống: máy nhiễm mã độc, tài khoản bị chiếm, dữ liệu bị lộ, trang thông tin điện tử bị thay đổi nội dung, mất máy tính hoặc thiết bị có dữ liệu.

## Bốn việc làm ngay

1. **Cô lập**: rút dây mạng hoặc tắt Wi-Fi của máy nghi nhiễm mã độc. Không tự ý cài lại máy — thông tin trên máy có thể cần cho việc xác minh.
2. **Báo cáo**: báo ngay cho lãnh đạo đơn vị và đầu mối an toàn thông tin (cán bộ phụ trách công nghệ thông tin của xã, đơn vị chuyên trách của tỉnh theo quy chế).
3. **Ghi lại**: thời điểm phát hiện, hiện tượng, thông báo trên màn hình (chụp ảnh bằng điện thoại), những việc đã làm.
4. **Phối hợp**: làm theo hướng dẫn của bộ phận kỹ thuật; không tự tải công cụ "diệt virus" trôi nổi trên mạng.

## Mẫu nội dung báo cáo nhanh

| Mục | Nội dung |
|---|---|
| Người báo, đơn vị, số điện thoại | … |
| Thời điểm phát hiện | … |
| Thiết bị, tài khoản, hệ thống bị ảnh hưởng | … |
| Hiện tượng | … |
| Dữ liệu có thể bị ảnh hưởng (có dữ liệu cá nhân không?) | … |
| Những việc đã làm | … |

## Không nên

- Không giấu sự cố vì ngại bị kỷ luật: báo chậm làm thiệt hại lớn hơn.
- Không trả tiền chuộc cho kẻ tống tiền.
- Không tự đăng thông tin về sự cố lên mạng xã hội.

## Sự cố liên quan đến dữ liệu cá nhân

Nếu sự cố làm lộ dữ liệu cá nhân, đơn vị phải thông báo theo quy định về bảo vệ dữ liệu cá nhân; Nghị định số 13/2023/NĐ-CP yêu cầu thông báo cho cơ quan chuyên trách thuộc Bộ Công an chậm nhất 72 giờ sau khi xảy ra vi phạm (đối chiếu văn bản hiện hành nếu quy định đã thay đổi). Vì vậy cán bộ cần báo lãnh đạo **ngay** để kịp thời hạn.
`,
      },
    ],
  },
  {
    title: 'Bảo vệ dữ liệu cá nhân của người dân',
    lessons: [
      {
        title: 'Dữ liệu cá nhân và những nguyên tắc cơ bản',
        minutes: 20,
        markdown: `## Dữ liệu cá nhân là gì?

Dữ liệu cá nhân là thông tin gắn với một con người cụ thể hoặc giúp xác định một con người cụ thể. Nghị định số 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân chia thành hai nhóm:

| Nhóm | Ví dụ thường gặp ở xã |
|---|---|
| Dữ liệu cá nhân cơ bản | Họ tên, ngày sinh, số định danh cá nhân, số điện thoại, nơi cư trú, tình trạng hôn nhân, quan hệ gia đình |
| Dữ liệu cá nhân nhạy cảm | Tình trạng sức khỏe, tôn giáo, dữ liệu sinh trắc học, thông tin tài khoản ngân hàng, dữ liệu về tội phạm |

Dữ liệu nhạy cảm đòi hỏi biện pháp bảo vệ chặt chẽ hơn.

## Nguyên tắc khi xử lý

- **Đúng mục đích**: thu thập thông tin để giải quyết việc gì thì chỉ dùng cho việc đó.
- **Tối thiểu**: chỉ thu những thông tin thật sự cần thiết.
- **Bảo mật**: lưu trữ, chuyển giao an toàn; chỉ người có nhiệm vụ mới được xem.
- **Có thời hạn**: không lưu giữ lâu hơn thời gian cần thiết theo quy định.
- **Minh bạch**: người dân được biết thông tin của mình được dùng vào việc gì.

## Quyền của người dân

Người dân (chủ thể dữ liệu) có các quyền như được biết, đồng ý hoặc rút lại sự đồng ý, truy cập và yêu cầu chỉnh sửa dữ liệu của mình, khiếu nại khi dữ liệu bị xử lý trái phép — trừ những trường hợp luật có quy định khác, ví dụ khi cơ quan nhà nước xử lý dữ liệu để thực hiện nhiệm vụ theo luật định.

## Cập nhật quy định

Quốc hội đã thông qua Luật Bảo vệ dữ liệu cá nhân năm 2025. Khi áp dụng, cán bộ cần theo hướng dẫn mới nhất của cơ quan chuyên môn; các nguyên tắc trên vẫn là nền tảng của việc bảo vệ dữ liệu cá nhân trong mọi trường hợp.
`,
      },
      {
        title: 'Bảo vệ dữ liệu cá nhân trong công việc hằng ngày',
        minutes: 20,
        markdown: `## Những tình huống dễ làm lộ dữ liệu

| Tình huống | Cách làm đúng |
|---|---|
| Gửi danh sách hộ nghèo, người được hỗ trợ lên nhóm nhắn tin "cho tiện" | Chỉ gửi qua kênh công vụ cho người có nhiệm vụ; danh sách niêm yết công khai chỉ gồm thông tin pháp luật yêu cầu công khai |
| Chụp ảnh giấy tờ tùy thân của người dân bằng điện thoại cá nhân | Chỉ thu nhận qua hệ thống hoặc thiết bị của cơ quan khi thủ tục yêu cầu; xóa bản chụp khi không còn cần |
| Để hồ sơ giấy trên bàn khi vắng mặt | Cất vào tủ có khóa; giữ bàn làm việc gọn gàng |
| Người lạ gọi điện hỏi thông tin của một người dân | Không cung cấp qua điện thoại; đề nghị gửi yêu cầu bằng văn bản theo quy định |
| Thanh lý máy tính cũ | Xóa dữ liệu an toàn hoặc tháo ổ cứng theo hướng dẫn trước khi bàn giao |

## Checklist tại bộ phận một cửa

- ☐ Màn hình máy tính không quay ra phía người đang chờ.
- ☐ Giấy tờ có thông tin cá nhân bị hỏng, thừa được hủy bằng máy hủy tài liệu, không bỏ vào thùng rác.
- ☐ Không để người không có nhiệm vụ dùng máy tính đang đăng nhập tài khoản nghiệp vụ.
- ☐ Chỉ yêu cầu người dân cung cấp thông tin cần cho thủ tục đang làm.
- ☐ Khi phải gửi tệp có dữ liệu cá nhân, đặt mật khẩu cho tệp và gửi mật khẩu qua kênh khác.

## Tình huống thảo luận

Một cán bộ đăng ảnh buổi tiếp dân lên trang mạng xã hội của xã; trong ảnh thấy rõ tờ khai có họ tên, số định danh của người dân. Hãy thảo luận: điều gì chưa đúng, cần xử lý thế nào, và làm sao để không lặp lại?

> Gợi ý: gỡ ảnh ngay, báo lãnh đạo, đánh giá xem thông tin đã bị sao chép, lan truyền chưa; từ nay kiểm tra kỹ từng ảnh trước khi đăng, không chụp cận giấy tờ của người dân.
`,
      },
    ],
  },
];

export const CDS_05: SeedCourse = {
  code: 'CDS-05',
  title: 'An toàn thông tin và bảo vệ dữ liệu cá nhân',
  topicArea: 'information_security',
  summary:
    'Kỹ năng an toàn thông tin thiết yếu cho cán bộ, công chức cấp xã: nhận diện lừa đảo trực tuyến, bảo vệ tài khoản bằng mật khẩu mạnh và xác thực hai bước, cập nhật phần mềm, sao lưu dữ liệu, xử lý và báo cáo sự cố, bảo vệ dữ liệu cá nhân của người dân.',
  hours: 12,
  seatFunctions: ['department_cds_lead', 'commune_cds_specialist'],
  versions: [{ state: 'published', on: '2025-09-05', modules: MODULES }],
};
