/**
 * Provinces shown first on the 去哪个省 / 转到哪个省 steps, in this order, under 常去的地方.
 * A product choice, not policy: where older Shandong residents most often go — 山东 itself
 * (省内), 海南 for the winter, and the places their children work. Any province may be chosen;
 * the rest follow in the usual (GB/T 2260) order. Change the list here, nowhere else.
 */
export const COMMON_DESTINATION_PROVINCES: readonly string[] = ['370000', '460000', '110000', '310000', '320000', '440000'];
