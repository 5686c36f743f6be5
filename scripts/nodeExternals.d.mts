export declare const NODE_EXTERNALS: string[];
