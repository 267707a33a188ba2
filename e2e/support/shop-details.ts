/**
 * The seller's legal details the e2e server runs with (scripts/e2e.ts puts them in the environment of the
 * build and of the server), so the journeys can check that the configured values, not the demo ones, show.
 */
export const E2E_SHOP_DETAILS = {
  SHOP_LEGAL_NAME: 'Công ty TNHH Mẫu Quy Trình E2E',
  SHOP_ADDRESS: '12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh, Việt Nam',
  SHOP_TAX_CODE: '0312345678-001',
  SHOP_SUPPORT_EMAIL: 'hotro@e2e.example',
} as const;
