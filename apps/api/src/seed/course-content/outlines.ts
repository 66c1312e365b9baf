import { SeedCourse, SeedModule } from './types';

/**
 * The other five courses of the 2022 plan: a short outline each (a published one or two modules,
 * lessons of a paragraph or two), CDS-06 with a second version being edited, CDS-07 never published.
 */

export const CDS_01: SeedCourse = {
  code: 'CDS-01',
  title: 'Tổng quan về chuyển đổi số',
  topicArea: 'cds_knowledge',
  summary: 'Những kiến thức chung về chuyển đổi số cho thành viên Ban Chỉ đạo và Tổ công tác: khái niệm, các trụ cột chính quyền số, kinh tế số, xã hội số, và vai trò của người đứng đầu trong tổ chức triển khai.',
  hours: 8,
  seatFunctions: ['steering_committee_member', 'working_group_member'],
  versions: [
    {
      state: 'published',
      on: '2022-05-20',
      modules: [
        {
          title: 'Chuyển đổi số là gì',
          lessons: [
            {
              title: 'Khái niệm và ba trụ cột của chuyển đổi số',
              minutes: 20,
              markdown: `## Khái niệm

Chuyển đổi số là quá trình thay đổi tổng thể và toàn diện cách sống, cách làm việc và phương thức sản xuất dựa trên công nghệ số. Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030 được phê duyệt tại Quyết định số 749/QĐ-TTg năm 2020 của Thủ tướng Chính phủ.

## Ba trụ cột

| Trụ cột | Nội dung chính |
|---|---|
| Chính quyền số | Cơ quan nhà nước vận hành và phục vụ người dân dựa trên dữ liệu và nền tảng số |
| Kinh tế số | Doanh nghiệp, hộ kinh doanh sản xuất, buôn bán, thanh toán trên môi trường số |
| Xã hội số | Người dân có kỹ năng số, sử dụng dịch vụ số an toàn |
`,
            },
          ],
        },
        {
          title: 'Tổ chức triển khai tại địa phương',
          lessons: [
            {
              title: 'Vai trò của người đứng đầu và đội ngũ nòng cốt',
              minutes: 20,
              markdown: `## Người đứng đầu

Chuyển đổi số chỉ thành công khi người đứng đầu trực tiếp chỉ đạo: đặt mục tiêu rõ ràng, phân công cụ thể, bố trí nguồn lực và tự mình sử dụng các nền tảng số trong điều hành.

## Đội ngũ nòng cốt

- Ban Chỉ đạo chuyển đổi số định hướng và đôn đốc;
- Tổ công tác giúp việc theo dõi, tổng hợp, tham mưu;
- cán bộ phụ trách chuyển đổi số ở từng sở, ngành, xã là đầu mối triển khai;
- Tổ công nghệ số cộng đồng đưa công nghệ số đến từng hộ gia đình.
`,
            },
          ],
        },
      ],
    },
  ],
};

export const CDS_03: SeedCourse = {
  code: 'CDS-03',
  title: 'Kinh tế số và thương mại điện tử',
  topicArea: 'digital_economy',
  summary: 'Kiến thức cơ bản về kinh tế số ở địa phương: đưa sản phẩm của hộ sản xuất lên sàn thương mại điện tử, thanh toán không dùng tiền mặt, và những rủi ro cần cảnh báo cho người dân.',
  hours: 8,
  seatFunctions: ['community_tech_team_lead'],
  versions: [
    {
      state: 'published',
      on: '2022-09-15',
      modules: [
        {
          title: 'Kinh tế số ở địa phương',
          lessons: [
            {
              title: 'Đưa sản phẩm địa phương lên sàn thương mại điện tử',
              minutes: 20,
              markdown: `## Vì sao nên bán hàng trực tuyến?

Sàn thương mại điện tử giúp hộ sản xuất tiếp cận người mua ở xa, giảm khâu trung gian và xây dựng thương hiệu cho sản phẩm địa phương.

## Các bước chính

1. Chuẩn bị sản phẩm: bao bì, nhãn mác, thông tin nguồn gốc.
2. Đăng ký gian hàng trên sàn phù hợp, kê khai đúng thông tin người bán.
3. Chụp ảnh, viết mô tả trung thực về sản phẩm.
4. Thỏa thuận với đơn vị vận chuyển; trả lời khách hàng đúng hẹn.
`,
            },
            {
              title: 'Thanh toán không dùng tiền mặt an toàn',
              minutes: 15,
              markdown: `## Thanh toán bằng mã QR

Người bán in mã QR tài khoản ngân hàng của mình để khách quét và chuyển khoản. Sau mỗi giao dịch, người bán kiểm tra **thông báo của ngân hàng**, không chỉ tin vào ảnh chụp màn hình do khách gửi.

## Cảnh báo cho người dân

- Không cung cấp mã OTP cho bất kỳ ai.
- Cảnh giác với tin nhắn báo "chuyển nhầm tiền" kèm yêu cầu chuyển lại vào tài khoản khác.
`,
            },
          ],
        },
      ],
    },
  ],
};

export const CDS_04: SeedCourse = {
  code: 'CDS-04',
  title: 'Xã hội số và kỹ năng số cho người dân',
  topicArea: 'digital_society',
  summary: 'Dành cho Tổ công nghệ số cộng đồng: nhiệm vụ của tổ, cách hướng dẫn người dân những kỹ năng số cơ bản và sử dụng dịch vụ số an toàn.',
  hours: 8,
  seatFunctions: ['community_tech_team_lead'],
  versions: [
    {
      state: 'published',
      on: '2022-09-15',
      modules: [
        {
          title: 'Tổ công nghệ số cộng đồng',
          lessons: [
            {
              title: 'Nhiệm vụ và cách làm của Tổ công nghệ số cộng đồng',
              minutes: 20,
              markdown: `## Nhiệm vụ

Tổ công nghệ số cộng đồng ở thôn, tổ dân phố là cánh tay nối dài của chính quyền cơ sở: tuyên truyền về chuyển đổi số, hướng dẫn người dân cài đặt và sử dụng các ứng dụng, dịch vụ số thiết yếu.

## Cách làm hiệu quả

- Đến từng hộ, ưu tiên người cao tuổi và hộ chưa dùng điện thoại thông minh.
- Hướng dẫn trên chính điện thoại của người dân, để người dân tự làm lại được.
- Ghi lại khó khăn của người dân để báo cáo xã.
`,
            },
            {
              title: 'Kỹ năng số cơ bản cần hướng dẫn người dân',
              minutes: 20,
              markdown: `## Danh sách kỹ năng

| Kỹ năng | Ví dụ |
|---|---|
| Dùng điện thoại thông minh | Kết nối Wi-Fi, cài ứng dụng từ kho chính thức |
| Định danh điện tử | Đăng ký, kích hoạt tài khoản VNeID |
| Dịch vụ công trực tuyến | Tra cứu thủ tục, nộp hồ sơ đơn giản |
| An toàn trên mạng | Nhận biết tin nhắn lừa đảo, không chia sẻ mã OTP |
`,
            },
          ],
        },
      ],
    },
  ],
};

const CDS_06_2022: SeedModule[] = [
  {
    title: 'Lập và theo dõi kế hoạch chuyển đổi số của xã',
    lessons: [
      {
        title: 'Xây dựng kế hoạch chuyển đổi số hằng năm của xã',
        minutes: 25,
        markdown: `## Kế hoạch cần trả lời

- Năm nay xã làm gì, ai phụ trách, khi nào xong?
- Chỉ tiêu nào đo được (tỷ lệ hồ sơ trực tuyến, tỷ lệ văn bản ký số, số người dân được hướng dẫn)?
- Cần kinh phí, thiết bị, đào tạo gì?

## Gợi ý bố cục

1. Đánh giá kết quả năm trước.
2. Mục tiêu và chỉ tiêu năm nay.
3. Nhiệm vụ cụ thể, phân công, thời hạn.
4. Cách theo dõi và báo cáo định kỳ.
`,
      },
    ],
  },
  {
    title: 'Báo cáo và đánh giá',
    lessons: [
      {
        title: 'Báo cáo định kỳ và số liệu chuyển đổi số',
        minutes: 20,
        markdown: `## Nguyên tắc số liệu

Số liệu báo cáo lấy từ hệ thống (dịch vụ công, quản lý văn bản) thay vì ước tính. Mỗi chỉ tiêu ghi rõ nguồn và thời điểm lấy số liệu.

## Lịch báo cáo

Theo dõi hằng tháng trong nội bộ xã; báo cáo theo yêu cầu của tỉnh đúng hạn, đúng mẫu.
`,
      },
    ],
  },
];

export const CDS_06: SeedCourse = {
  code: 'CDS-06',
  title: 'Kỹ năng triển khai chuyển đổi số cấp xã',
  topicArea: 'deployment_skills',
  summary: 'Kỹ năng của công chức phụ trách chuyển đổi số cấp xã: lập kế hoạch, phân công, theo dõi chỉ tiêu, báo cáo và phối hợp với Tổ công nghệ số cộng đồng.',
  hours: 12,
  seatFunctions: ['commune_cds_specialist'],
  versions: [
    { state: 'published', on: '2022-09-15', modules: CDS_06_2022 },
    {
      // Being revised after the 2025 reorganisation: a draft the editor opens.
      state: 'draft',
      on: null,
      modules: [
        ...CDS_06_2022,
        {
          title: 'Sau sắp xếp đơn vị hành chính',
          lessons: [
            {
              title: 'Chuyển đổi số ở xã mới sau sắp xếp (bản nháp)',
              minutes: 20,
              markdown: `## Việc cần làm ngay

- ☐ Rà soát tài khoản của cán bộ trên các hệ thống: quản lý văn bản, dịch vụ công, thư công vụ.
- ☐ Thống nhất dữ liệu, hồ sơ của các xã cũ về một đầu mối.
- ☐ Cập nhật tên đơn vị, địa chỉ, số điện thoại trên các trang thông tin.

> Bản nháp: bổ sung hướng dẫn của tỉnh trước khi xuất bản.
`,
            },
          ],
        },
      ],
    },
  ],
};

export const CDS_07: SeedCourse = {
  code: 'CDS-07',
  title: 'Khai thác dữ liệu và nền tảng số dùng chung',
  topicArea: 'digital_government',
  summary: 'Khai thác các cơ sở dữ liệu và nền tảng dùng chung (tích hợp, chia sẻ dữ liệu; quản lý văn bản; báo cáo) trong chỉ đạo, điều hành. Khóa học đang được biên soạn.',
  hours: 8,
  seatFunctions: [],
  versions: [
    {
      state: 'draft',
      on: null,
      modules: [
        {
          title: 'Nền tảng dùng chung',
          lessons: [
            {
              title: 'Nền tảng tích hợp, chia sẻ dữ liệu (đang soạn)',
              minutes: 15,
              markdown: `## Dàn ý

1. Nền tảng tích hợp, chia sẻ dữ liệu quốc gia và của tỉnh: vai trò, ai quản lý.
2. Những dữ liệu xã được khai thác, theo quy trình nào.
3. Ví dụ: dùng dữ liệu dân cư để giảm giấy tờ khi giải quyết thủ tục.

> Ghi chú của người soạn: bổ sung ví dụ thực tế của tỉnh.
`,
            },
          ],
        },
      ],
    },
  ],
};
