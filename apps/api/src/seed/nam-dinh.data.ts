/**
 * Nam Định before the 2025 reorganisation, from ../shared/data/nam-dinh-units.json
 * (public sources; realistic demo data, not an official register).
 */
export const NAM_DINH_2022 = {
  province: { name: 'Tỉnh Nam Định', code: '36' },
  department: 'Sở Thông tin và Truyền thông tỉnh Nam Định',
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
};
