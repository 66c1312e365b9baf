/**
 * Nam Định before and after the 2025 reorganisation, from ../shared/data/nam-dinh-units.json
 * (public sources; the Giao Thủy commune mapping is only partly confirmed: realistic demo data,
 * not an official register).
 */
export const NAM_DINH = {
  province: { name: 'Tỉnh Nam Định', code: '36' },
  ninhBinh: { name: 'Tỉnh Ninh Bình', code: '37' },
  departmentIct: 'Sở Thông tin và Truyền thông tỉnh Nam Định',
  departmentSt: 'Sở Khoa học và Công nghệ tỉnh Nam Định',
  steeringCommittee: 'Ban Chỉ đạo Chuyển đổi số tỉnh Nam Định',
  districts: [
    'Thành phố Nam Định',
    'Huyện Mỹ Lộc',
    'Huyện Vụ Bản',
    'Huyện Ý Yên',
    'Huyện Nam Trực',
    'Huyện Trực Ninh',
    'Huyện Xuân Trường',
    'Huyện Giao Thủy',
    'Huyện Hải Hậu',
    'Huyện Nghĩa Hưng',
  ],
  communesOfGiaoThuy: [
    'Thị trấn Ngô Đồng', 'Thị trấn Quất Lâm', 'Xã Bạch Long', 'Xã Bình Hòa', 'Xã Giao An',
    'Xã Giao Châu', 'Xã Giao Hà', 'Xã Giao Hải', 'Xã Giao Hương', 'Xã Giao Lạc', 'Xã Giao Long',
    'Xã Giao Nhân', 'Xã Giao Phong', 'Xã Giao Tân', 'Xã Giao Thanh', 'Xã Giao Thiện',
    'Xã Giao Thịnh', 'Xã Giao Tiến', 'Xã Giao Xuân', 'Xã Giao Yến', 'Xã Hoành Sơn', 'Xã Hồng Thuận',
  ],
  /** Mỹ Lộc joined Thành phố Nam Định (Resolution 1104/NQ-UBTVQH15); the day is a demo value. */
  myLocMerger: { date: '2024-11-01', from: 'Huyện Mỹ Lộc', into: 'Thành phố Nam Định' },
  /** "Thị trấn Giao Thủy was itself formed earlier from Ngô Đồng and neighbours (unconfirmed)": demo date and sources. */
  townshipGiaoThuy: { date: '2025-01-01', name: 'Thị trấn Giao Thủy', from: ['Thị trấn Ngô Đồng', 'Xã Giao Tiến', 'Xã Hoành Sơn'] },
  /** Sở TT&TT merged into Sở KH&CN. */
  departmentMerger: '2025-03-01',
  /** Districts abolished, communes merged, Nam Định into Ninh Bình. */
  reorganisation: '2025-07-01',
  giaoThuyMergers: [
    { new: 'Xã Giao Minh', from: ['Xã Giao Thiện', 'Xã Giao Hương', 'Xã Giao Thanh'] },
    { new: 'Xã Giao Hòa', from: ['Xã Hồng Thuận', 'Xã Giao An', 'Xã Giao Lạc'] },
    { new: 'Xã Giao Thủy', from: ['Thị trấn Giao Thủy', 'Xã Bình Hòa'] },
    { new: 'Xã Giao Phúc', from: ['Xã Giao Xuân', 'Xã Giao Hà', 'Xã Giao Hải'] },
    { new: 'Xã Giao Hưng', from: ['Xã Giao Nhân', 'Xã Giao Long', 'Xã Giao Châu'] },
    { new: 'Xã Giao Bình', from: ['Xã Giao Yến', 'Xã Bạch Long', 'Xã Giao Tân'] },
    { new: 'Xã Giao Ninh', from: ['Thị trấn Quất Lâm', 'Xã Giao Phong', 'Xã Giao Thịnh'] },
  ],
};

export const NAME_PARTS = {
  families: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đoàn', 'Mai', 'Trịnh', 'Đinh', 'Lương', 'Phan', 'Cao'],
  male: { middle: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thành', 'Xuân', 'Mạnh', 'Công', 'Tiến'], given: ['Hùng', 'Dũng', 'Tuấn', 'Long', 'Nam', 'Hải', 'Thắng', 'Cường', 'Huy', 'Sơn', 'Trung', 'Quân', 'Khánh', 'Phúc', 'Đạt', 'Toàn'] },
  female: { middle: ['Thị', 'Thu', 'Thanh', 'Ngọc', 'Minh', 'Thùy', 'Hồng', 'Phương', 'Kim', 'Bích'], given: ['Hà', 'Lan', 'Hương', 'Linh', 'Trang', 'Hạnh', 'Nga', 'Yến', 'Thảo', 'Huyền', 'Ngân', 'Mai', 'Vân', 'Loan', 'Phượng', 'Quyên'] },
};
